import { useTranslation } from 'react-i18next';
import type { NoteSummary } from '../core';
import { formatNoteDate } from '../i18n/format';

/** Tags, difficulty and date of a note, as small labelled chips. */
export function NoteMeta({ note }: { note: NoteSummary }) {
  const { t, i18n } = useTranslation();
  return (
    <dl className="note-meta">
      {note.difficulty && (
        <div>
          <dt>{t('note.difficulty')}</dt>
          <dd className={`chip difficulty-${note.difficulty}`}>{t(`difficulty.${note.difficulty}`)}</dd>
        </div>
      )}
      {note.tags.length > 0 && (
        <div>
          <dt>{t('note.tags')}</dt>
          <dd>
            <ul className="tag-list">
              {note.tags.map((tag) => (
                <li key={tag} className="chip">
                  {tag}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      )}
      {note.date && (
        <div>
          <dt>{t('note.date')}</dt>
          <dd>
            <time dateTime={note.date}>{formatNoteDate(note.date, i18n.language)}</time>
          </dd>
        </div>
      )}
    </dl>
  );
}
