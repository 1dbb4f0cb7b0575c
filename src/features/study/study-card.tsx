import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { notePath, type CompiledCard, type NoteSummary } from '../../core';
import { NoteMeta } from '../../ui/note-meta';
import { RenderedHtml } from '../../ui/rendered-html';
import { TableInContext } from '../../ui/table-in-context';

/** True when the focused element was removed (focus fell back to <body>). */
function focusWasLost(): boolean {
  return document.activeElement === null || document.activeElement === document.body;
}

/** One card: the question, then (revealed) the model answer and where it comes from. */
export function StudyCard({ card, note, revealed }: { card: CompiledCard; note: NoteSummary; revealed: boolean }) {
  const { t } = useTranslation();
  const question = useRef<HTMLDivElement>(null);
  const answer = useRef<HTMLElement>(null);

  const shown = useRef({ revealed, cardId: card.id });

  // The reveal and grade buttons vanish when pressed. Focus then goes to what replaced
  // them, the answer or the next question (so a screen reader reads it and Tab goes on
  // from there), rather than back to the top of the page. On arrival the page's title
  // has focus (use-route-focus), so only a change of side or card counts.
  useEffect(() => {
    const before = shown.current;
    shown.current = { revealed, cardId: card.id };
    if (before.revealed === revealed && before.cardId === card.id) return;
    if (!focusWasLost()) return;
    // The answer without scrolling, so the question stays in sight above it; a new question scrolls into view.
    if (revealed) {
      answer.current?.focus({ preventScroll: true });
      // On a phone the answer can start under the grade bar; a table card brings its cell into view itself.
      if (!card.table) answer.current?.querySelector('.card-label')?.scrollIntoView?.({ block: 'nearest' });
    } else question.current?.focus();
  }, [revealed, card.id, card.table]);

  return (
    <article className="study-card" lang="ko" aria-labelledby="card-question">
      <h2 className="card-label">
        {t('study.question')}
        {card.kind !== 'qa' && <span className="kind-chip">{t(`cardKinds.short.${card.kind}`)}</span>}
      </h2>
      <div id="card-question" className="card-question" tabIndex={-1} ref={question}>
        <RenderedHtml html={card.questionHtml} />
      </div>
      {revealed && (
        <section className="card-answer" aria-label={t('study.answer')} tabIndex={-1} ref={answer}>
          <h2 className="card-label">{t('study.answer')}</h2>
          {card.answerHtml ? <RenderedHtml html={card.answerHtml} /> : <p className="muted">{t('study.selfCheck')}</p>}
          <TableInContext card={card} note={note} />
          <footer className="card-source">
            <span className="muted">{t('study.fromNote')}: </span>
            <Link to={notePath(note.id)}>{note.title}</Link>
            <NoteMeta note={note} />
          </footer>
        </section>
      )}
    </article>
  );
}
