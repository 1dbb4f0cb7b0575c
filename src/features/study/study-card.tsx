import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { notePath, type CompiledCard, type NoteSummary } from '../../core';
import { NoteMeta } from '../../ui/note-meta';
import { RenderedHtml } from '../../ui/rendered-html';

/** One card: the question, then (revealed) the model answer and where it comes from. */
export function StudyCard({ card, note, revealed }: { card: CompiledCard; note: NoteSummary; revealed: boolean }) {
  const { t } = useTranslation();
  return (
    <article className="study-card" lang="ko" aria-labelledby="card-question">
      <h2 className="card-label">{t('study.question')}</h2>
      <div id="card-question" className="card-question">
        <RenderedHtml html={card.questionHtml} />
      </div>
      {revealed && (
        <section className="card-answer" aria-label={t('study.answer')}>
          <h2 className="card-label">{t('study.answer')}</h2>
          {card.answerHtml ? <RenderedHtml html={card.answerHtml} /> : <p className="muted">{t('study.selfCheck')}</p>}
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
