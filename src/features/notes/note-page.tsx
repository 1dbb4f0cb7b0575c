import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { findNote, loadNoteBody } from '../../data/notes';
import { db, readCardStates } from '../../db';
import { useNow } from '../../hooks/use-now';
import { useAppStore } from '../../state/store';
import { NoteMeta } from '../../ui/note-meta';
import { RenderedHtml } from '../../ui/rendered-html';
import { WarningList } from '../../ui/warning-list';
import { CardStateLabel } from './card-state-label';

export function NotePage() {
  const { t } = useTranslation();
  const id = (useParams()['*'] ?? '').normalize('NFC');
  const note = findNote(id);
  const [now] = useNow();
  const storageError = useAppStore((state) => state.storageError);
  const cardIds = useMemo(() => note?.cards.map((card) => card.id) ?? [], [note]);
  const states = useLiveQuery(
    () => (storageError ? new Map() : readCardStates(db, cardIds).catch(() => new Map())),
    [cardIds, storageError],
  );
  const [body, setBody] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    setBody(null);
    void loadNoteBody(id).then((html) => live && setBody(html ?? ''));
    return () => {
      live = false;
    };
  }, [id]);

  if (!note) {
    return (
      <section className="panel" role="alert">
        <h1>{t('note.notFound', { id })}</h1>
        <Link className="button" to="/">
          {t('errors.goHome')}
        </Link>
      </section>
    );
  }

  return (
    <div className="note-page">
      <header className="panel note-header">
        <p className="muted deck-path">{note.deck}</p>
        <h1 lang="ko">{note.title}</h1>
        <NoteMeta note={note} />
        {note.cards.length > 0 && (
          <Link className="button" to={`/study?note=${encodeURIComponent(note.id)}`}>
            {t('note.studyThis')}
          </Link>
        )}
      </header>
      {note.warnings.length > 0 && (
        <section className="panel warnings-panel" aria-labelledby="note-warnings">
          <h2 id="note-warnings">{t('note.warningsTitle')}</h2>
          <WarningList warnings={note.warnings} />
        </section>
      )}
      <section className="panel" aria-labelledby="note-cards">
        <h2 id="note-cards">{t('note.cardsTitle')}</h2>
        {note.cards.length === 0 ? (
          <p className="muted">{t('note.noCards')}</p>
        ) : (
          <ol className="card-list">
            {note.cards.map((card) => (
              <li key={card.id}>
                <RenderedHtml html={card.questionHtml} className="card-list-question" />
                <CardStateLabel state={states?.get(card.id)} now={now} />
              </li>
            ))}
          </ol>
        )}
      </section>
      <article className="panel note-body" lang="ko">
        {body === null ? <p className="muted">{t('note.loadingBody')}</p> : <RenderedHtml html={body} />}
      </article>
    </div>
  );
}
