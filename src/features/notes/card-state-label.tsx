import { useTranslation } from 'react-i18next';
import type { SchedulingState } from '../../core';
import { formatRelative } from '../../i18n/format';

/** "새 카드", "학습 중", "3일 후 복습", … for one card. */
export function CardStateLabel({ state, now }: { state: SchedulingState | undefined; now: number }) {
  const { t, i18n } = useTranslation();
  let text: string;
  let kind: string;
  // A card reset to new (or only suspended, buried or flagged) has a record in phase "new".
  if (!state || state.phase === 'new') {
    text = t('cardState.new');
    kind = 'new';
  } else if (state.phase === 'learning' || state.phase === 'relearning') {
    text = t(`cardState.${state.phase}`);
    kind = 'learning';
  } else if (state.due <= now) {
    text = t('cardState.dueNow');
    kind = 'due';
  } else {
    text = t('cardState.dueIn', { relative: formatRelative(state.due, now, i18n.language) });
    kind = 'scheduled';
  }
  return <span className={`chip state-${kind}`}>{text}</span>;
}
