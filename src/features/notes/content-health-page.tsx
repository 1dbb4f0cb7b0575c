import { useTranslation } from 'react-i18next';
import { useNotes } from '../../data/notes';
import { NotesWithWarnings } from '../../ui/notes-with-warnings';
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
      {withWarnings.length > 0 && <NotesWithWarnings notes={withWarnings} />}
    </section>
  );
}
