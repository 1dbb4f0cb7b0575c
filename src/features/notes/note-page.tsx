import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import type { NoteBody, NoteSummary } from '../../core';
import { allCardsOf, findNote, isNoteTurnedOff, loadNoteBody, useNotes } from '../../data/notes';
import { db, readCardStates } from '../../db';
import { usePageTitle } from '../../hooks/use-document-title';
import { useNow } from '../../hooks/use-now';
import { useStoredQuery } from '../../hooks/use-stored-query';
import { loadRichStyles } from '../../ui/load-rich-styles';
import { NoteMeta } from '../../ui/note-meta';
import { RenderedHtml } from '../../ui/rendered-html';
import { WarningList } from '../../ui/warning-list';
import { CardKindCounts } from './card-kind-counts';
import { InterviewSection } from './interview-section';
import { NoteToc } from './note-toc';

const EMPTY_BODY: NoteBody = { segments: [], toc: [] };

/** Every piece of HTML the page will show, to load the math and code styles before it does. */
function htmlOf(body: NoteBody, note: NoteSummary | undefined): string {
  const segments = body.segments.map((segment) => (segment.kind === 'html' ? segment.html : ''));
  return [...segments, ...(note?.cards.map((card) => card.answerHtml) ?? [])].join('');
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export function NotePage() {
  const { t } = useTranslation();
  const id = (useParams()['*'] ?? '').normalize('NFC');
  useNotes(); // redraw when the library changes
  const note = findNote(id);
  const [now] = useNow();
  // Every card, studied kinds or not: the reader shows a note's questions whatever is being studied.
  const cards = useMemo(() => (note ? allCardsOf(note.id) : []), [note]);
  const cardIds = useMemo(() => cards.map((card) => card.id), [cards]);
  const states = useStoredQuery(() => readCardStates(db, cardIds), [cardIds], new Map());
  const [body, setBody] = useState<NoteBody | null>(null);

  useEffect(() => {
    let live = true;
    setBody(null);
    void loadNoteBody(id).then(async (loaded) => {
      // Styles first, so math and code never flash unstyled.
      await loadRichStyles(htmlOf(loaded ?? EMPTY_BODY, findNote(id))).catch(() => undefined);
      if (live) setBody(loaded ?? EMPTY_BODY);
    });
    return () => {
      live = false;
    };
    // `note` too: a re-import brings a new body for the same id.
  }, [id, note]);
  const cardById = useMemo(() => new Map(cards.map((card) => [card.id, card])), [cards]);

  // The body arrives after the first paint, so the browser's own jump to `#section` finds nothing: do it here.
  const { hash } = useLocation();
  useEffect(() => {
    if (!body || !hash) return;
    document.getElementById(safeDecode(hash.slice(1)))?.scrollIntoView?.();
  }, [body, hash]);
  usePageTitle(note?.title ?? null);

  if (!note) {
    return (
      <section className="panel" role="alert">
        <h1>{t('note.notFound', { id })}</h1>
        {isNoteTurnedOff(id) ? (
          <>
            <p>{t('note.turnedOff')}</p>
            <Link className="button" to="/library">
              {t('note.turnOn')}
            </Link>
          </>
        ) : (
          <Link className="button" to="/">
            {t('errors.goHome')}
          </Link>
        )}
      </section>
    );
  }

  return (
    <div className="note-page">
      <header className="panel note-header">
        <p className="muted deck-path">{note.deck}</p>
        <h1 lang="ko">{note.title}</h1>
        <NoteMeta note={note} />
        <CardKindCounts noteId={note.id} deck={note.deck} cards={cards} studiedCards={note.cards} />
        {note.cards.length > 0 ? (
          <p className="actions">
            <Link className="button" to={`/study?note=${encodeURIComponent(note.id)}`}>
              {t('note.studyThis')}
            </Link>
            <Link className="button secondary" to={`/interview?note=${encodeURIComponent(note.id)}`}>
              {t('interview.startFromNote')}
            </Link>
          </p>
        ) : (
          cards.length === 0 && <p className="muted">{t('note.noCards')}</p>
        )}
      </header>
      {note.warnings.length > 0 && (
        <section className="panel warnings-panel" aria-labelledby="note-warnings">
          <h2 id="note-warnings">{t('note.warningsTitle')}</h2>
          <WarningList warnings={note.warnings} />
        </section>
      )}
      <article className="panel note-body" lang="ko" aria-label={note.title}>
        {body === null ? (
          <p className="muted">{t('note.loadingBody')}</p>
        ) : (
          <>
            <NoteToc entries={body.toc} />
            {body.segments.map((segment, index) =>
              segment.kind === 'html' ? (
                <RenderedHtml key={index} html={segment.html} />
              ) : (
                <InterviewSection
                  key={index}
                  headingHtml={segment.headingHtml}
                  headingId={segment.headingId}
                  cards={segment.cardIds.flatMap((cardId) => cardById.get(cardId) ?? [])}
                  states={states}
                  now={now}
                  noteTitle={note.title}
                />
              ),
            )}
          </>
        )}
      </article>
    </div>
  );
}
