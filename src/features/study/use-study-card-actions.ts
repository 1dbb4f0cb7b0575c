import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buryUntil, toggledFlag, type CardAction, type CompiledCard, type QueueCard } from '../../core';
import { applyCardAction, db } from '../../db';
import { useAppStore } from '../../state/store';
import type { CardMenuChoice } from '../../ui/card-actions-menu';

type Dialog = 'info' | 'forget' | null;

interface StudyCardActionsInput {
  card: CompiledCard | undefined;
  current: QueueCard | null;
  dayStartHour: number | undefined;
  busy: boolean;
  setBusy: (busy: boolean) => void;
  setNotice: (notice: string) => void;
  refreshNow: () => void;
}

/**
 * Bury, suspend, flag, forget and card info for the card on screen. Each
 * action is one logged event (one transaction) and goes on the session's
 * undo stack like a rating; all but a flag take the card out of the queue,
 * so the next one shows.
 */
export function useStudyCardActions({
  card,
  current,
  dayStartHour,
  busy,
  setBusy,
  setNotice,
  refreshNow,
}: StudyCardActionsInput) {
  const { t } = useTranslation();
  const recordAction = useAppStore((state) => state.recordAction);
  const [dialog, setDialog] = useState<Dialog>(null);

  const apply = useCallback(
    async (action: Exclude<CardAction, { kind: 'rating' }>) => {
      if (!card || busy) return;
      setBusy(true);
      try {
        const review = await applyCardAction(db, { cardId: card.id, noteId: card.noteId, action, now: Date.now() });
        if (review.id !== undefined) recordAction(review.id, Date.now(), action.kind === 'flag' ? card.id : null);
        setNotice(
          action.kind === 'flag'
            ? action.flag === 0
              ? t('cardActions.done.unflag')
              : t('cardActions.done.flag', { colour: t(`cardActions.flag.${action.flag}`) })
            : t(`cardActions.done.${action.kind}`),
        );
        refreshNow();
      } catch (error) {
        setNotice(t('cardActions.failed', { reason: error instanceof Error ? error.message : String(error) }));
      } finally {
        setBusy(false);
      }
    },
    [card, busy, setBusy, recordAction, setNotice, refreshNow, t],
  );

  const choose = useCallback(
    (choice: CardMenuChoice) => {
      if (!card || dayStartHour === undefined) return;
      switch (choice.kind) {
        case 'info':
        case 'forget':
          setDialog(choice.kind);
          return;
        case 'bury':
          void apply({ kind: 'bury', until: buryUntil(Date.now(), dayStartHour) });
          return;
        case 'flag':
          void apply({ kind: 'flag', flag: toggledFlag(current?.state?.flag ?? 0, choice.flag) });
          return;
        default:
          void apply({ kind: choice.kind });
      }
    },
    [card, current, dayStartHour, apply],
  );

  const confirmForget = useCallback(() => {
    setDialog(null);
    void apply({ kind: 'reset' });
  }, [apply]);
  const closeDialog = useCallback(() => setDialog(null), []);

  return { dialog, choose, confirmForget, closeDialog };
}
