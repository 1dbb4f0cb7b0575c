import { useTranslation } from 'react-i18next';
import type { CardStatus } from '../core';
import { formatDateTime } from '../i18n/format';

/** Suspended, buried, leech and flag, each as a labelled chip (colour is never the only cue). */
export function CardStatusChips({ status, now }: { status: CardStatus | undefined; now: number }) {
  const { t, i18n } = useTranslation();
  if (!status) return null;
  const buried = status.buriedUntil !== null && status.buriedUntil > now;
  return (
    <>
      {status.flag !== 0 && (
        <span className={`chip flag-chip flag-${status.flag}`}>
          {t('cardActions.flagChip', { colour: t(`cardActions.flag.${status.flag}`) })}
        </span>
      )}
      {status.leech && <span className="chip status-leech">{t('cardActions.leech')}</span>}
      {status.suspended && <span className="chip status-suspended">{t('cardActions.suspended')}</span>}
      {buried && status.buriedUntil !== null && (
        <span className="chip status-buried" title={formatDateTime(status.buriedUntil, i18n.language)}>
          {t('cardActions.buried')}
        </span>
      )}
    </>
  );
}
