import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { db, getStudySettings, saveStudySettings } from '../../db';
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

export function SettingsPage() {
  const { t } = useTranslation();
  const ids = { language: useId(), theme: useId(), newPerDay: useId(), help: useId() };
  const { language, setLanguage, theme, setTheme, storageError } = useAppStore();
  const settings = useLiveQuery(() => (storageError ? null : getStudySettings(db)), [storageError]);
  const [saved, setSaved] = useState(false);

  const saveNewPerDay = async (raw: string): Promise<void> => {
    const value = Number(raw);
    if (!settings || !Number.isInteger(value) || value < 0 || value > 9999) return;
    await saveStudySettings(db, { ...settings, newCardsPerDay: value });
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
            aria-describedby={ids.help}
            onChange={() => setSaved(false)}
            onBlur={(event) => void saveNewPerDay(event.target.value)}
          />
          <p id={ids.help} className="muted">
            {t('settings.newPerDayHelp')}
          </p>
        </div>
      )}
      <p role="status" aria-live="polite">
        {saved ? t('settings.saved') : ''}
      </p>
    </section>
  );
}
