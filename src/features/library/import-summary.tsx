import { useTranslation } from 'react-i18next';
import type { NoteSummary, SkippedFile } from '../../core';
import type { LibraryImportSummary } from '../../db';
import { formatStorageSize } from '../../i18n/format';
import { NotesWithWarnings } from '../../ui/notes-with-warnings';

/** Why a file was skipped, in the UI language. */
export function SkipReasonText({ skipped }: { skipped: SkippedFile }) {
  const { t, i18n } = useTranslation();
  const { reason } = skipped;
  if (reason.code === 'file-too-large') {
    return <>{t('library.skip.file-too-large', { size: formatStorageSize(reason.bytes, i18n.language) })}</>;
  }
  return <>{t(`library.skip.${reason.code}`)}</>;
}

export function SkippedList({ skipped }: { skipped: readonly SkippedFile[] }) {
  const { t } = useTranslation();
  if (skipped.length === 0) return null;
  return (
    <details className="inline-details">
      <summary>{t('library.summary.skippedList', { count: skipped.length })}</summary>
      <ul className="plain-list">
        {skipped.map((file) => (
          <li key={file.path}>
            <code>{file.path}</code> — <SkipReasonText skipped={file} />
          </li>
        ))}
      </ul>
    </details>
  );
}

/** What an import did: notes and cards by outcome, edited questions, and each note's warnings with a link to it. */
export function ImportSummary({
  summary,
  skipped,
  notes,
}: {
  summary: LibraryImportSummary;
  skipped: readonly SkippedFile[];
  notes: readonly NoteSummary[];
}) {
  const { t } = useTranslation();
  const touched = new Set([...summary.notesAdded, ...summary.notesUpdated, ...summary.notesMoved.map(([, to]) => to)]);
  const withWarnings = notes.filter((note) => touched.has(note.id) && note.warnings.length > 0);
  return (
    <section className="import-summary" aria-labelledby="import-summary-title">
      <h3 id="import-summary-title" tabIndex={-1}>
        {t('library.summary.title')}
      </h3>
      <dl className="summary-counts">
        <dt>{t('library.summary.notes')}</dt>
        <dd>
          {t('library.summary.noteCounts', {
            added: summary.notesAdded.length,
            updated: summary.notesUpdated.length + summary.notesMoved.length,
            unchanged: summary.notesUnchanged.length,
            skipped: skipped.length,
          })}
        </dd>
        <dt>{t('library.summary.cards')}</dt>
        <dd>
          {t('library.summary.cardCounts', {
            added: summary.cardsAdded,
            kept: summary.cardsKept,
            changed: summary.cardsChanged.length,
            removed: summary.cardsRemoved,
          })}
        </dd>
      </dl>
      {summary.cardsArchived > 0 && <p>{t('library.summary.archived', { count: summary.cardsArchived })}</p>}
      {summary.notesMoved.map(([from, to]) => (
        <p key={from}>{t('library.summary.moved', { from, to })}</p>
      ))}
      {summary.cardsChanged.length > 0 && (
        <>
          <h4>{t('library.summary.changedTitle')}</h4>
          <ul className="plain-list">
            {summary.cardsChanged.map((card) => (
              <li key={card.to} lang="ko">
                {t('library.summary.changed')}: {card.question}
              </li>
            ))}
          </ul>
        </>
      )}
      {withWarnings.length > 0 && (
        <>
          <h4>{t('library.summary.warningsTitle')}</h4>
          <NotesWithWarnings notes={withWarnings} />
        </>
      )}
      <SkippedList skipped={skipped} />
    </section>
  );
}
