import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SchedulerSettings } from '../../core';
import { db, getStudySettings, rescheduleAll } from '../../db';
import { formatNumber } from '../../i18n/format';
import { ModalDialog } from '../../ui/modal-dialog';
import { saveSettingsChange } from './save-settings';

/** A scheduling change waiting for the learner to say how far back it applies. */
export interface RescheduleRequest {
  change: Partial<SchedulerSettings>;
  /** "희망 기억률: 0.9 → 0.85" */
  summary: string;
  resolve: (applied: boolean) => void;
}

type Phase =
  { kind: 'ask' } | { kind: 'working' } | { kind: 'done'; cards: number } | { kind: 'failed'; reason: string };

interface RescheduleDialogProps {
  request: RescheduleRequest | null;
  /** After the request is settled; `message` for the page's status line when applied. */
  onSettled: (message: string | null) => void;
}

/**
 * Asks whether new scheduler settings apply to the cards already studied
 * (their whole log is replayed under them) or to future reviews only.
 */
export function RescheduleDialog({ request, onSettled }: RescheduleDialogProps) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const textId = useId();
  const [phase, setPhase] = useState<Phase>({ kind: 'ask' });
  const closeButton = useRef<HTMLButtonElement>(null);
  // The choices vanish when the work is done: focus goes to what replaced them.
  useEffect(() => {
    if (phase.kind === 'done') closeButton.current?.focus();
  }, [phase.kind]);

  const finish = (applied: boolean, message: string | null): void => {
    request?.resolve(applied);
    setPhase({ kind: 'ask' });
    onSettled(applied ? message : null);
  };
  const apply = (settings: SchedulerSettings): SchedulerSettings => ({ ...settings, ...request?.change });

  const reschedule = async (): Promise<void> => {
    setPhase({ kind: 'working' });
    try {
      const current = await getStudySettings(db);
      const cards = await rescheduleAll(db, { ...current, scheduler: apply(current.scheduler) }, Date.now());
      setPhase({ kind: 'done', cards });
    } catch (error) {
      setPhase({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  };
  const futureOnly = async (): Promise<void> => {
    setPhase({ kind: 'working' });
    try {
      await saveSettingsChange((current) => ({ ...current, scheduler: apply(current.scheduler) }));
      finish(true, t('settings.saved'));
    } catch (error) {
      setPhase({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  };
  const doneMessage = (cards: number): string =>
    t('settings.rescheduleDone', { count: cards, cards: formatNumber(cards, i18n.language) });
  const close = (): void => {
    // The transaction cannot be stopped half-way: the dialog stays until it ends.
    if (phase.kind === 'working') return;
    if (phase.kind === 'done') finish(true, doneMessage(phase.cards));
    else finish(false, null);
  };

  return (
    <ModalDialog open={request !== null} onClose={close} labelledBy={titleId} describedBy={textId}>
      <h2 id={titleId}>{t('settings.rescheduleTitle')}</h2>
      <div id={textId}>
        <p>{request?.summary}</p>
        <p>{t('settings.rescheduleQuestion')}</p>
      </div>
      <div role="status" aria-live="polite">
        {phase.kind === 'working' && <p>{t('settings.rescheduleWorking')}</p>}
        {phase.kind === 'done' && <p>{doneMessage(phase.cards)}</p>}
        {phase.kind === 'failed' && (
          <p className="field-error">{t('settings.rescheduleFailed', { reason: phase.reason })}</p>
        )}
      </div>
      {phase.kind === 'done' ? (
        <div className="actions dialog-actions">
          <button ref={closeButton} type="button" className="button" onClick={close}>
            {t('settings.rescheduleClose')}
          </button>
        </div>
      ) : (
        <div className="dialog-choices">
          <button
            type="button"
            className="button"
            onClick={() => void reschedule()}
            disabled={phase.kind === 'working'}
          >
            {t('settings.rescheduleAll')}
          </button>
          <p className="muted">{t('settings.rescheduleAllHelp')}</p>
          <button
            type="button"
            className="button secondary"
            onClick={() => void futureOnly()}
            disabled={phase.kind === 'working'}
          >
            {t('settings.rescheduleFuture')}
          </button>
          <p className="muted">{t('settings.rescheduleFutureHelp')}</p>
          <button type="button" className="button secondary" onClick={close} disabled={phase.kind === 'working'}>
            {t('settings.rescheduleCancel')}
          </button>
        </div>
      )}
    </ModalDialog>
  );
}
