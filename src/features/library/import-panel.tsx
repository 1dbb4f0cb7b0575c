import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SkippedFile, ZipRefusal } from '../../core';
import { allNotes, useNotes } from '../../data/notes';
import { db, importIntoLibrary, type LibraryImportSummary } from '../../db';
import { formatStorageSize } from '../../i18n/format';
import { collectDroppedFiles, pickedFilesOf } from './collect-dropped-files';
import type { ImportProgress, PickedFile } from './import-messages';
import { ImportSummary, SkippedList } from './import-summary';
import { runImport } from './run-import';

type ImportState =
  | { step: 'idle' }
  | { step: 'preparing'; progress: ImportProgress | null; cancel: () => void }
  | { step: 'storing' }
  | { step: 'done'; summary: LibraryImportSummary; skipped: SkippedFile[] }
  | { step: 'nothing'; skipped: SkippedFile[] }
  | { step: 'refused'; zip: string; refusal: ZipRefusal }
  | { step: 'cancelled' }
  | { step: 'quota'; needed: number }
  | { step: 'failed'; message: string };

function isQuotaError(error: unknown): boolean {
  const named = error as { name?: string; inner?: { name?: string } } | null;
  return named?.name === 'QuotaExceededError' || named?.inner?.name === 'QuotaExceededError';
}

/** The refusal of a zip, in the UI language. */
function RefusalText({ refusal }: { refusal: ZipRefusal }) {
  const { t, i18n } = useTranslation();
  switch (refusal.code) {
    case 'zip-too-large':
      return <>{t('library.refusal.zip-too-large', { size: formatStorageSize(refusal.bytes, i18n.language) })}</>;
    case 'zip-too-many-entries':
      return <>{t('library.refusal.zip-too-many-entries', { count: refusal.entries })}</>;
    case 'zip-unsafe-path':
      return <>{t('library.refusal.zip-unsafe-path', { path: refusal.path })}</>;
    case 'zip-bomb':
      return <>{t('library.refusal.zip-bomb', { ratio: refusal.ratio })}</>;
    case 'zip-bad-entry':
      return <>{t('library.refusal.zip-bad-entry', { path: refusal.path })}</>;
    case 'zip-unreadable':
      return <>{t('library.refusal.zip-unreadable', { detail: refusal.detail })}</>;
  }
}

/**
 * Import files, a folder or a zip, by picker or by dropping them anywhere
 * on the page. Reading and compiling run in a worker (with progress and a
 * cancel button); storing is one transaction, so a failure changes nothing.
 */
export function ImportPanel({ libraryPaths }: { libraryPaths: readonly string[] }) {
  const { t, i18n } = useTranslation();
  const ids = { files: useId(), folder: useId(), help: useId() };
  const notes = useNotes();
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const [dragging, setDragging] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const busy = state.step === 'preparing' || state.step === 'storing';

  const start = async (picked: PickedFile[]): Promise<void> => {
    if (picked.length === 0 || busy) return;
    const known = { noteIds: allNotes().map((note) => note.id), libraryPaths: [...libraryPaths] };
    const running = runImport({ files: picked, known }, (progress) =>
      setState((current) => (current.step === 'preparing' ? { ...current, progress } : current)),
    );
    setState({ step: 'preparing', progress: null, cancel: running.cancel });
    try {
      const result = await running.result;
      if (result.kind === 'cancelled') return setState({ step: 'cancelled' });
      if (result.kind === 'refused') return setState({ step: 'refused', zip: result.zip, refusal: result.refusal });
      const { prepared, skipped } = result;
      if (prepared.notes.length === 0 && prepared.files.length === 0) return setState({ step: 'nothing', skipped });
      setState({ step: 'storing' });
      try {
        const summary = await importIntoLibrary(db, { notes: prepared.notes, files: prepared.files, now: Date.now() });
        setState({ step: 'done', summary, skipped });
      } catch (error) {
        if (!isQuotaError(error)) throw error;
        // What the rows take, roughly: the files twice over (as given and compiled) plus the HTML.
        const needed = [...prepared.notes, ...prepared.files].reduce((sum, file) => sum + file.bytes.length * 3, 0);
        setState({ step: 'quota', needed });
      }
    } catch (error) {
      setState({ step: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const pick = (event: ChangeEvent<HTMLInputElement>): void => {
    const picked = event.target.files ? pickedFilesOf(event.target.files) : [];
    // Cleared, so picking the same folder again after editing is a change too.
    event.target.value = '';
    void start(picked);
  };

  // Anything dropped anywhere on the page while it is open; the listeners call the latest `start`.
  const startRef = useRef(start);
  useEffect(() => {
    startRef.current = start;
  });
  useEffect(() => {
    const over = (event: DragEvent): void => {
      if (!event.dataTransfer?.types.includes('Files')) return;
      event.preventDefault();
      setDragging(true);
    };
    const leave = (event: DragEvent): void => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const drop = (event: DragEvent): void => {
      if (!event.dataTransfer?.types.includes('Files')) return;
      event.preventDefault();
      setDragging(false);
      void collectDroppedFiles(event.dataTransfer).then((picked) => startRef.current(picked));
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);

  useEffect(() => {
    if (state.step === 'done') summaryRef.current?.querySelector<HTMLElement>('h3')?.focus();
  }, [state.step]);

  return (
    <section className={dragging ? 'panel import-panel dragging' : 'panel import-panel'} aria-labelledby="import-title">
      <h2 id="import-title">{t('library.import.title')}</h2>
      <p id={ids.help}>{t('library.import.help')}</p>
      <div className="actions">
        <input
          id={ids.files}
          className="visually-hidden import-files-input"
          type="file"
          multiple
          accept=".md,.markdown,.zip,.png,.jpg,.jpeg,.gif,.webp,.svg,.avif"
          aria-describedby={ids.help}
          disabled={busy}
          onChange={pick}
        />
        <label htmlFor={ids.files} className="button">
          {t('library.import.files')}
        </label>
        <input
          id={ids.folder}
          className="visually-hidden import-folder-input"
          type="file"
          // A folder picker in every current browser; not in React's types.
          {...{ webkitdirectory: '' }}
          aria-describedby={ids.help}
          disabled={busy}
          onChange={pick}
        />
        <label htmlFor={ids.folder} className="button secondary">
          {t('library.import.folder')}
        </label>
      </div>
      <p className="muted">{dragging ? t('library.import.dropNow') : t('library.import.drop')}</p>
      <div aria-live="polite">
        {state.step === 'preparing' && (
          <div className="import-progress">
            <p>
              {state.progress
                ? t(`library.progress.${state.progress.phase}`, {
                    done: state.progress.done,
                    total: state.progress.total,
                  })
                : t('library.progress.starting')}
            </p>
            <progress
              max={state.progress?.total || 1}
              value={state.progress?.done ?? 0}
              aria-label={t('library.progress.label')}
            />
            <button type="button" className="button secondary small" onClick={state.cancel}>
              {t('library.progress.cancel')}
            </button>
          </div>
        )}
        {state.step === 'storing' && <p>{t('library.progress.storing')}</p>}
        {state.step === 'cancelled' && <p>{t('library.import.cancelled')}</p>}
      </div>
      {state.step === 'refused' && (
        <div className="notice" role="alert">
          <p>
            <strong>
              <RefusalText refusal={state.refusal} />
            </strong>
          </p>
          <p>{t('library.refusal.nothingChanged', { file: state.zip })}</p>
        </div>
      )}
      {state.step === 'nothing' && (
        <div className="notice" role="alert">
          <p>{t('library.import.nothing')}</p>
          <SkippedList skipped={state.skipped} />
        </div>
      )}
      {state.step === 'quota' && (
        <p className="notice" role="alert">
          {t('library.import.quota', { size: formatStorageSize(state.needed, i18n.language) })}
        </p>
      )}
      {state.step === 'failed' && (
        <p className="notice" role="alert">
          {t('library.import.failed', { reason: state.message })}
        </p>
      )}
      {state.step === 'done' && (
        <div ref={summaryRef}>
          <ImportSummary summary={state.summary} skipped={state.skipped} notes={notes} />
        </div>
      )}
    </section>
  );
}
