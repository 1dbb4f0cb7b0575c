import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findNote } from '../../data/notes';
import { db, purgeArchivedCard, restoreArchivedCard, type LibraryOverview } from '../../db';
import { formatDateTime } from '../../i18n/format';
import { ConfirmDialog } from '../../ui/confirm-dialog';

type Archived = LibraryOverview['archived'][number];

/**
 * One archived card: its question, where its history can go (a card of the
 * same note with no history yet, e.g. the question rewritten past
 * recognition), and purging it for good, asked first.
 */
function ArchivedRow({ card, studied }: { card: Archived; studied: ReadonlySet<string> }) {
  const { t, i18n } = useTranslation();
  const note = findNote(card.noteId);
  const targets = (note?.cards ?? []).filter((candidate) => !studied.has(candidate.id));
  const [target, setTarget] = useState(targets[0]?.id ?? '');
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const chosen = targets.find((candidate) => candidate.id === target) ?? targets[0];

  const restore = async (): Promise<void> => {
    if (!chosen) return;
    const ok = await restoreArchivedCard(db, card.cardId, { cardId: chosen.id, noteId: chosen.noteId });
    setMessage(ok ? null : t('library.archive.restoreRefused'));
  };

  return (
    <li className="archived-card">
      <p lang="ko">
        <strong>{card.question}</strong>
      </p>
      <p className="muted">
        {t('library.archive.from', {
          note: note?.title ?? card.noteId,
          date: formatDateTime(card.archivedAt, i18n.language),
        })}
      </p>
      <div className="actions">
        {chosen ? (
          <>
            <label>
              <span className="visually-hidden">{t('library.archive.targetLabel')}</span>
              <select value={chosen.id} onChange={(event) => setTarget(event.target.value)} lang="ko">
                {targets.map((candidate) => (
                  <option key={candidate.id} value={candidate.id}>
                    {candidate.question}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" className="button small" onClick={() => void restore()}>
              {t('library.archive.restore')}
            </button>
          </>
        ) : (
          <span className="muted">{t('library.archive.noTarget')}</span>
        )}
        <button type="button" className="button small danger" onClick={() => setConfirming(true)}>
          {t('library.archive.purge')}
        </button>
      </div>
      {message && <p role="alert">{message}</p>}
      <ConfirmDialog
        open={confirming}
        title={t('library.archive.purgeTitle')}
        message={t('library.archive.purgeMessage', { question: card.question })}
        confirmLabel={t('library.archive.purge')}
        onConfirm={() => {
          setConfirming(false);
          void purgeArchivedCard(db, card.cardId);
        }}
        onCancel={() => setConfirming(false)}
      />
    </li>
  );
}

/** Cards whose question left its note, with their history kept until the learner says otherwise. */
export function ArchiveList({ archived, studied }: { archived: readonly Archived[]; studied: ReadonlySet<string> }) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="archive-title">
      <h2 id="archive-title">{t('library.archive.title')}</h2>
      <p>{archived.length === 0 ? t('library.archive.empty') : t('library.archive.intro')}</p>
      {archived.length > 0 && (
        <ul className="plain-list">
          {archived.map((card) => (
            <ArchivedRow key={card.cardId} card={card} studied={studied} />
          ))}
        </ul>
      )}
    </section>
  );
}
