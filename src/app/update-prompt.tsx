import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';

const UPDATE_CHECK_MS = 60 * 60 * 1000;

/**
 * Reloads the page whenever a new version's worker takes control of it, from
 * this tab's prompt or another tab's: the old page's lazy chunks are gone from
 * the new precache. workbox-window reloads only tabs that were already
 * controlled when it registered, which leaves out the tab of the first visit
 * (its worker claimed it later), so the reload is done here for every tab.
 * The first worker claiming the page is not a new version.
 */
function useReloadOnNewWorker(): void {
  useEffect(() => {
    const container = globalThis.navigator?.serviceWorker;
    if (!container) return;
    let controlled = container.controller !== null;
    const onControllerChange = (): void => {
      if (controlled) window.location.reload();
      controlled = true;
    };
    container.addEventListener('controllerchange', onControllerChange);
    return () => container.removeEventListener('controllerchange', onControllerChange);
  }, []);
}

/**
 * Registers the service worker and, when a new version has been downloaded,
 * offers to reload into it. The learner decides when (registerType 'prompt'):
 * an interview answer being typed is kept through the reload anyway (its
 * draft is in localStorage, the session in IndexedDB), but the reload should
 * not come as a surprise. The live region stays mounted so the offer is
 * announced politely; it is aria-live rather than role=status, which each
 * page keeps for its own news.
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  useReloadOnNewWorker();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    // After the page's load event, so precaching does not compete with the first screen's requests.
    immediate: false,
    // useReloadOnNewWorker reloads; this stops a second reload.
    onNeedReload: () => {},
    onRegisteredSW(_url, registration) {
      // Browsers look for a new worker on navigations, and this single-page
      // app rarely navigates: a tab left open for days checks every hour.
      if (!registration) return;
      setInterval(() => {
        if (navigator.onLine) void registration.update().catch(() => {});
      }, UPDATE_CHECK_MS);
    },
  });

  return (
    <div className="update-status" aria-live="polite">
      {needRefresh && (
        <div className="update-prompt">
          <button type="button" className="button" onClick={() => void updateServiceWorker(true)}>
            {t('pwa.updateReady')}
          </button>
          <button type="button" className="button secondary" onClick={() => setNeedRefresh(false)}>
            {t('pwa.later')}
          </button>
        </div>
      )}
    </div>
  );
}
