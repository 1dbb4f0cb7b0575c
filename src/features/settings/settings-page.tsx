import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { db, getStudySettings, saveStudySettings } from '../../db';
import { useStoredQuery } from '../../hooks/use-stored-query';
import { LANGUAGES, type Language } from '../../i18n/i18n';
import { useAppStore } from '../../state/store';
import type { Theme } from '../../state/ui-slice';
import { StorageUsage } from './storage-usage';
import { usePageTitle } from '../../hooks/use-document-title';

const LANGUAGE_NAMES: Record<Language, string> = { ko: '한국어', en: 'English' };
const THEMES: Theme[] = ['system', 'light', 'dark'];
const THEME_KEYS = {
  system: 'settings.themeSystem',
  light: 'settings.themeLight',
  dark: 'settings.themeDark',
} as const;

export function SettingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('settings.title'));
  const ids = { language: useId(), theme: useId(), newPerDay: useId(), help: useId(), error: useId() };
  const { language, setLanguage, theme, setTheme } = useAppStore();
  const settings = useStoredQuery(() => getStudySettings(db), [], null);
  const [saved, setSaved] = useState(false);
  const [invalid, setInvalid] = useState(false);

  // An empty or out-of-range value is refused with a message, never saved as 0.
  const saveNewPerDay = async (raw: string): Promise<void> => {
    // Digits only: Number() would also take '', '1e2' and '0x10'.
    const value = /^\d+$/.test(raw.trim()) ? Number(raw) : Number.NaN;
    const valid = Number.isInteger(value) && value >= 0 && value <= 9999;
    setInvalid(!valid);
    if (!settings || !valid) return;
    await saveStudySettings(db, { ...settings, newCardsPerDay: value }, Date.now());
    setSaved(true);
  };

  return (
    <section className="panel settings">
      <h1>{t('settings.title')}</h1>
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
      {settings && (
        <div className="field">
          <label htmlFor={ids.newPerDay}>{t('settings.newPerDay')}</label>
          <input
            id={ids.newPerDay}
            type="number"
            min={0}
            max={9999}
            step={1}
            inputMode="numeric"
            defaultValue={settings.newCardsPerDay}
            aria-describedby={invalid ? `${ids.error} ${ids.help}` : ids.help}
            aria-invalid={invalid}
            onChange={() => setSaved(false)}
            onBlur={(event) => void saveNewPerDay(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && !event.nativeEvent.isComposing)
                void saveNewPerDay(event.currentTarget.value);
            }}
          />
          {invalid && (
            <p id={ids.error} className="field-error" role="alert">
              {t('settings.newPerDayInvalid')}
            </p>
          )}
          <p id={ids.help} className="muted">
            {t('settings.newPerDayHelp')}
          </p>
        </div>
      )}
      <p role="status" aria-live="polite">
        {saved ? t('settings.saved') : ''}
      </p>
      <StorageUsage />
    </section>
  );
}
