import { notePath } from '../../core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useNotes } from '../../data/notes';
import { WarningList } from '../../ui/warning-list';
import { usePageTitle } from '../../hooks/use-document-title';

/** Every note that needs the author's attention, with what to fix. */
export function ContentHealthPage() {
  const { t } = useTranslation();
  usePageTitle(t('health.title'));
  const notes = useNotes();
  const withWarnings = notes.filter((note) => note.warnings.length > 0);
  return (
    <section className="panel">
      <h1>{t('health.title')}</h1>
      <p>
        {withWarnings.length === 0
          ? t('health.allClear', { total: notes.length })
          : t('health.summary', { total: notes.length, count: withWarnings.length })}
      </p>
      {withWarnings.length > 0 && (
        <ul className="plain-list health-list">
          {withWarnings.map((note) => (
            <li key={note.id}>
              <Link to={notePath(note.id)} lang="ko">
                {note.title}
              </Link>{' '}
              <span className="muted">({note.id})</span>
              <WarningList warnings={note.warnings} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
