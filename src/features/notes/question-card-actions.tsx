import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buryUntil, toggledFlag, type CardAction, type CardRecord, type CompiledCard } from '../../core';
import { applyCardAction, db, getStudySettings } from '../../db';
import { CardActionsMenu, type CardMenuChoice } from '../../ui/card-actions-menu';
import { CardInfoDialog } from '../../ui/card-info-dialog';
import { ConfirmDialog } from '../../ui/confirm-dialog';

interface QuestionCardActionsProps {
  card: CompiledCard;
  noteTitle: string;
  record: CardRecord | undefined;
  now: number;
  /** Says what happened, through the section's live region. */
  announce: (message: string) => void;
}

/** A question's card actions on the note page; a suspended card offers "unsuspend" without opening the menu. */
export function QuestionCardActions({ card, noteTitle, record, now, announce }: QuestionCardActionsProps) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<'info' | 'forget' | null>(null);
  const [busy, setBusy] = useState(false);
  const question = card.question;

  const apply = async (action: Exclude<CardAction, { kind: 'rating' }>): Promise<void> => {
    setBusy(true);
    try {
      await applyCardAction(db, { cardId: card.id, noteId: card.noteId, action, now: Date.now() });
      announce(
        action.kind === 'flag'
          ? action.flag === 0
            ? t('cardActions.done.unflag')
            : t('cardActions.done.flag', { colour: t(`cardActions.flag.${action.flag}`) })
          : t(`cardActions.done.${action.kind}`),
      );
    } catch (error) {
      announce(t('cardActions.failed', { reason: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };

  const choose = async (choice: CardMenuChoice): Promise<void> => {
    switch (choice.kind) {
      case 'info':
      case 'forget':
        setDialog(choice.kind);
        return;
      case 'bury': {
        const { dayStartHour } = await getStudySettings(db);
        return apply({ kind: 'bury', until: buryUntil(Date.now(), dayStartHour) });
      }
      case 'flag':
        return apply({ kind: 'flag', flag: toggledFlag(record?.flag ?? 0, choice.flag) });
      default:
        return apply({ kind: choice.kind });
    }
  };

  return (
    <div className="question-actions">
      {record?.suspended && (
        <button
          type="button"
          className="button secondary small"
          aria-label={t('cardActions.unsuspendQuestion', { question })}
          disabled={busy}
          onClick={() => void apply({ kind: 'unsuspend' })}
        >
          {t('cardActions.unsuspend')}
        </button>
      )}
      <CardActionsMenu
        status={record}
        onChoose={(choice) => void choose(choice)}
        disabled={busy}
        label={t('cardActions.questionMenu', { question })}
      />
      <CardInfoDialog
        card={card}
        noteTitle={noteTitle}
        open={dialog === 'info'}
        onClose={() => setDialog(null)}
        now={now}
      />
      <ConfirmDialog
        open={dialog === 'forget'}
        title={t('cardActions.forgetTitle')}
        message={t('cardActions.forgetMessage')}
        confirmLabel={t('cardActions.forgetConfirm')}
        onConfirm={() => {
          setDialog(null);
          void apply({ kind: 'reset' });
        }}
        onCancel={() => setDialog(null)}
      />
    </div>
  );
}
