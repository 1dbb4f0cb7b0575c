import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BackupError,
  backupFileName,
  parseBackup,
  type Backup,
  type BackupErrorCode,
  type MergePreview,
} from '../../core';
import { allNotes } from '../../data/notes';
import { db, exportBackup, importBackup, previewImport, readBackupStatus } from '../../db';
import { useStoredQuery } from '../../hooks/use-stored-query';
import { formatDateTime } from '../../i18n/format';
import { downloadFile } from '../../ui/download-file';
import { useHashTarget } from '../../hooks/use-hash-target';
import { BACKUP_SECTION_ID } from './backup-section-id';

type ImportState =
  | { step: 'idle' }
  | { step: 'reading'; file: string }
  | { step: 'refused'; file: string; code: BackupErrorCode; detail: string | null }
  | { step: 'preview'; file: string; backup: Backup; preview: MergePreview }
  | { step: 'importing'; file: string; backup: Backup; preview: MergePreview }
  | { step: 'imported'; summary: MergePreview }
  | { step: 'failed'; reason: string }
  | { step: 'cancelled' };

const PREVIEW_LINES = [
  'newReviews',
  'newCards',
  'changedCards',
  'conflicts',
  'sessionsAdded',
  'sessionsUpdated',
  'settingsChanged',
  'libraryAdded',
  'libraryUpdated',
] as const satisfies readonly (keyof MergePreview)[];

const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** What a merge changes (or changed), one line per kind of change; a merge with nothing to do says so. */
function MergeLines({ preview, done }: { preview: MergePreview; done: boolean }) {
  const { t } = useTranslation();
  const lines = PREVIEW_LINES.filter((key) => preview[key] > 0);
  if (lines.length === 0) return <p>{t(done ? 'backup.nothingChanged' : 'backup.nothingNew')}</p>;
  return (
    <ul>
      {lines.map((key) => (
        <li key={key}>{t(`backup.${key}`, { count: preview[key] })}</li>
      ))}
    </ul>
  );
}

/**
 * Backup and restore: export everything as one JSON file; import one, which
 * is checked in full and previewed before the learner confirms the merge. A
 * refused file changes nothing and says exactly why.
 */
export function BackupSection() {
  const { t, i18n } = useTranslation();
  const ids = { title: useId(), input: useId(), help: useId(), preview: useId() };
  // Arriving from the reminder's link: bring the section into view and put the reader there.
  const sectionRef = useHashTarget<HTMLElement>(BACKUP_SECTION_ID, 'h2');
  const previewRef = useRef<HTMLHeadingElement>(null);
  const status = useStoredQuery(() => readBackupStatus(db), [], null);
  const [exporting, setExporting] = useState(false);
  const [exportMessage, setExportMessage] = useState<string | null>(null);
  const [state, setState] = useState<ImportState>({ step: 'idle' });

  useEffect(() => {
    if (state.step === 'preview') previewRef.current?.focus();
  }, [state.step]);

  const exportNow = async (): Promise<void> => {
    setExporting(true);
    try {
      const now = Date.now();
      const backup = await exportBackup(db, now);
      const file = backupFileName(now);
      downloadFile(JSON.stringify(backup), 'application/json', file);
      setExportMessage(t('backup.exported', { file }));
    } catch (error) {
      setExportMessage(t('backup.exportFailed', { reason: reasonOf(error) }));
    } finally {
      setExporting(false);
    }
  };

  const pickFile = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const chosen = event.target.files?.[0];
    // Cleared, so choosing the same file again (after fixing it) is a change too.
    event.target.value = '';
    if (!chosen) return;
    const file = chosen.name;
    setState({ step: 'reading', file });
    try {
      const backup = parseBackup(await chosen.text());
      setState({ step: 'preview', file, backup, preview: await previewImport(db, backup) });
    } catch (error) {
      if (error instanceof BackupError) setState({ step: 'refused', file, code: error.code, detail: error.detail });
      else setState({ step: 'failed', reason: reasonOf(error) });
    }
  };

  const confirmImport = async (): Promise<void> => {
    if (state.step !== 'preview') return;
    setState({ ...state, step: 'importing' });
    try {
      const knownNoteIds = allNotes().map((note) => note.id);
      setState({ step: 'imported', summary: await importBackup(db, state.backup, { knownNoteIds }) });
    } catch (error) {
      setState({ step: 'failed', reason: reasonOf(error) });
    }
  };

  const busy = state.step === 'reading' || state.step === 'importing';
  return (
    <section id={BACKUP_SECTION_ID} ref={sectionRef} className="backup-section" aria-labelledby={ids.title}>
      <h2 id={ids.title} tabIndex={-1}>
        {t('backup.title')}
      </h2>
      <p>{t('backup.intro')}</p>
      {status && (
        <p className="muted">
          {status.lastBackupAt === null
            ? t('backup.neverBackedUp')
            : t('backup.lastBackup', { date: formatDateTime(status.lastBackupAt, i18n.language) })}
        </p>
      )}
      <div className="actions">
        <button type="button" className="button" disabled={exporting} onClick={() => void exportNow()}>
          {exporting ? t('backup.exporting') : t('backup.export')}
        </button>
        <input
          id={ids.input}
          className="visually-hidden backup-file-input"
          type="file"
          accept=".json,application/json"
          aria-describedby={ids.help}
          disabled={busy || state.step === 'preview'}
          onChange={(event) => void pickFile(event)}
        />
        <label htmlFor={ids.input} className="button secondary">
          {t('backup.import')}
        </label>
      </div>
      <p id={ids.help} className="muted">
        {t('backup.importHelp')}
      </p>
      {/* A live region without role="status": the settings page has its own status line for its fields. */}
      <p aria-live="polite">
        {exportMessage ?? ''}
        {state.step === 'reading' && t('backup.reading')}
        {state.step === 'importing' && t('backup.importing')}
        {state.step === 'cancelled' && t('backup.cancelled')}
        {state.step === 'imported' && t('backup.imported')}
      </p>
      {state.step === 'refused' && (
        <div className="notice" role="alert">
          <p>
            <strong>{t(`backup.errors.${state.code}`, { detail: state.detail })}</strong>
          </p>
          {state.code !== 'newer-version' && state.detail !== null && (
            <p>{t('backup.errorAt', { path: state.detail })}</p>
          )}
          <p>{t('backup.refused', { file: state.file })}</p>
        </div>
      )}
      {state.step === 'failed' && (
        <p className="notice" role="alert">
          {t('backup.importFailed', { reason: state.reason })}
        </p>
      )}
      {(state.step === 'preview' || state.step === 'importing') && (
        <section className="backup-preview" aria-labelledby={ids.preview}>
          <h3 id={ids.preview} ref={previewRef} tabIndex={-1}>
            {t('backup.previewTitle', { file: state.file })}
          </h3>
          <MergeLines preview={state.preview} done={false} />
          <div className="actions">
            <button
              type="button"
              className="button"
              // A file this device already has in full has nothing to merge.
              disabled={state.step === 'importing' || PREVIEW_LINES.every((key) => state.preview[key] === 0)}
              onClick={() => void confirmImport()}
            >
              {t('backup.confirm')}
            </button>
            <button
              type="button"
              className="button secondary"
              disabled={state.step === 'importing'}
              onClick={() => setState({ step: 'cancelled' })}
            >
              {t('backup.cancel')}
            </button>
          </div>
        </section>
      )}
      {state.step === 'imported' && (
        <section className="backup-preview" aria-labelledby={ids.preview}>
          <h3 id={ids.preview}>{t('backup.importedTitle')}</h3>
          <MergeLines preview={state.summary} done />
        </section>
      )}
    </section>
  );
}
