import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { notePath } from '../../core';
import { useNotes } from '../../data/notes';
import { db, readCardStates, readLibraryOverview, removeLibraryNote } from '../../db';
import { useStoredQuery } from '../../hooks/use-stored-query';
import { usePageTitle } from '../../hooks/use-document-title';
import { formatDateTime, formatStorageSize } from '../../i18n/format';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { ArchiveList } from './archive-list';
import { DeckSwitches } from './deck-switches';
import { ImportPanel } from './import-panel';
import { LibraryExport } from './library-export';
import './library.css';

/** `/library`: the learner's own notes — import, what is there, the archive, and export. */
export function LibraryPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('library.title'));
  const notes = useNotes();
  const overview = useStoredQuery(() => readLibraryOverview(db), [], null);
  const libraryPaths = useMemo(
    () => [...(overview?.notes.map((note) => note.path) ?? []), ...(overview?.images ?? [])],
    [overview],
  );
  const libraryIds = useMemo(() => new Set(overview?.notes.map((note) => note.id) ?? []), [overview]);
  const libraryNotes = useMemo(() => notes.filter((note) => libraryIds.has(note.id)), [notes, libraryIds]);
  const cardIds = useMemo(() => libraryNotes.flatMap((note) => note.cards.map((card) => card.id)), [libraryNotes]);
  const [removing, setRemoving] = useState<{ id: string; title: string } | null>(null);
  const studied = useStoredQuery(async () => new Set((await readCardStates(db, cardIds)).keys()), [cardIds], new Set());

  return (
    <>
      <section className="panel">
        <h1>{t('library.title')}</h1>
        <p>{t('library.intro')}</p>
      </section>
      <ImportPanel libraryPaths={libraryPaths} />
      <section className="panel" aria-labelledby="library-notes-title">
        <h2 id="library-notes-title">{t('library.notes.title')}</h2>
        {overview && overview.notes.length === 0 && <p>{t('library.notes.empty')}</p>}
        {overview && overview.notes.length > 0 && (
          <table className="library-notes">
            <thead>
              <tr>
                <th scope="col">{t('library.notes.note')}</th>
                <th scope="col">{t('library.notes.cards')}</th>
                <th scope="col">{t('library.notes.updated')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('library.notes.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {overview.notes.map((note) => (
                <tr key={note.id}>
                  <td>
                    <Link to={notePath(note.id)} lang="ko">
                      {note.title}
                    </Link>
                    <div className="muted">
                      {note.path} · {formatStorageSize(note.bytes, i18n.language)}
                      {note.warnings.length > 0 && ` · ${t('library.notes.warnings', { count: note.warnings.length })}`}
                    </div>
                  </td>
                  <td>{note.cards}</td>
                  <td>{formatDateTime(note.updatedAt, i18n.language)}</td>
                  <td>
                    <button
                      type="button"
                      className="button small secondary"
                      aria-label={t('library.notes.removeLabel', { title: note.title })}
                      onClick={() => setRemoving({ id: note.id, title: note.title })}
                    >
                      {t('library.notes.remove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <ConfirmDialog
        open={removing !== null}
        title={t('library.notes.removeTitle')}
        message={t('library.notes.removeMessage', { title: removing?.title ?? '' })}
        confirmLabel={t('library.notes.remove')}
        onConfirm={() => {
          if (removing) void removeLibraryNote(db, removing.id, Date.now());
          setRemoving(null);
        }}
        onCancel={() => setRemoving(null)}
      />
      <DeckSwitches />
      <ArchiveList archived={overview?.archived ?? []} studied={studied ?? new Set()} />
      {libraryNotes.length > 0 && <LibraryExport notes={libraryNotes} />}
    </>
  );
}
