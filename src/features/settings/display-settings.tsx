import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../i18n/i18n';
import { useAppStore } from '../../state/store';
import type { Theme } from '../../state/ui-slice';

const LANGUAGE_NAMES: Record<Language, string> = { ko: '한국어', en: 'English' };
const THEMES: Theme[] = ['system', 'light', 'dark'];
const THEME_KEYS = {
  system: 'settings.themeSystem',
  light: 'settings.themeLight',
  dark: 'settings.themeDark',
} as const;

/** Language and theme: kept on this device (localStorage), applied at once. */
export function DisplaySettings() {
  const { t } = useTranslation();
  const ids = { language: useId(), theme: useId() };
  const { language, setLanguage, theme, setTheme } = useAppStore();
  return (
    <fieldset className="settings-group">
      <legend>{t('settings.groupDisplay')}</legend>
      <div className="field">
        <label htmlFor={ids.language}>{t('settings.language')}</label>
        <select id={ids.language} value={language} onChange={(event) => setLanguage(event.target.value as Language)}>
          {LANGUAGES.map((code) => (
            <option key={code} value={code} lang={code}>
              {LANGUAGE_NAMES[code]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.theme}>{t('settings.theme')}</label>
        <select id={ids.theme} value={theme} onChange={(event) => setTheme(event.target.value as Theme)}>
          {THEMES.map((value) => (
            <option key={value} value={value}>
              {t(THEME_KEYS[value])}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
