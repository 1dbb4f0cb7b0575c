import { useTranslation } from 'react-i18next';
import { useOnline } from '../hooks/use-online';

/**
 * A quiet chip while the browser is offline: everything keeps working from
 * the service worker's precache and IndexedDB, so this informs, never warns.
 * The live region stays mounted so that going offline is announced; it is
 * aria-live rather than role=status, which each page keeps for its own news.
 */
export function OfflineIndicator() {
  const { t } = useTranslation();
  const online = useOnline();
  return (
    <p className="offline-status" aria-live="polite">
      {!online && <span className="chip offline-chip">{t('pwa.offline')}</span>}
    </p>
  );
}
