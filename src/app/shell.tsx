import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { SearchBox } from '../features/search/search-box';
import { BackupReminder } from '../features/settings/backup-reminder';
import { useAppStore } from '../state/store';
import { OfflineIndicator } from '../ui/offline-indicator';
import { ShortcutHelp } from '../ui/shortcut-help';
import { UpdatePrompt } from './update-prompt';
import { useLibrarySync } from './use-library-sync';
import { useRouteFocus } from './use-route-focus';

/** Header (with the offline chip), navigation, the storage warning and the update prompt around every route. */
export function Shell() {
  const { t, i18n } = useTranslation();
  const language = useAppStore((state) => state.language);
  const theme = useAppStore((state) => state.theme);
  const storageError = useAppStore((state) => state.storageError);
  useRouteFocus();
  const ready = useLibrarySync();

  useEffect(() => {
    // changeLanguage re-renders every translated component, so only on a real change.
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [i18n, language]);

  useEffect(() => {
    if (theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
  }, [theme]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <NavLink to="/" className="brand" lang="ko">
          문답 <span className="brand-latin">Mundap</span>
        </NavLink>
        <OfflineIndicator />
        <SearchBox />
        <nav aria-label={t('app.nav.label')}>
          <NavLink to="/" end>
            {t('app.nav.home')}
          </NavLink>
          <NavLink to="/notes">{t('app.nav.notes')}</NavLink>
          <NavLink to="/study">{t('app.nav.study')}</NavLink>
          <NavLink to="/interview">{t('interview.nav')}</NavLink>
          <NavLink to="/quiz">{t('quiz.nav')}</NavLink>
          <NavLink to="/library">{t('app.nav.library')}</NavLink>
          <NavLink to="/stats">{t('app.nav.stats')}</NavLink>
          <NavLink to="/settings">{t('app.nav.settings')}</NavLink>
        </nav>
        <ShortcutHelp />
      </header>
      {storageError && (
        <p className="banner banner-error" role="alert">
          {t('storage.unavailable')}{' '}
          <details className="inline-details">
            <summary>{t('storage.details')}</summary>
            <code>{storageError}</code>
          </details>
        </p>
      )}
      {!storageError && <BackupReminder />}
      <main id="main" tabIndex={-1} aria-busy={!ready}>
        {ready ? <Outlet /> : <p className="muted">{t('app.loading')}</p>}
      </main>
      <UpdatePrompt />
    </>
  );
}
