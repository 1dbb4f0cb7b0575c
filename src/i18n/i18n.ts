import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import ko from './locales/ko.json';

export const LANGUAGES = ['ko', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const resources = { ko: { translation: ko }, en: { translation: en } } as const;

/** The tab's base name follows the language; pages that name the tab set it again after this. */
function nameTab(): void {
  if (typeof document !== 'undefined') document.title = i18next.t('app.name');
}

/** Korean first: a missing English string falls back to Korean, never to a key. */
export function initI18n(language: Language): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'ko',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  nameTab();
  i18next.off('languageChanged', nameTab);
  i18next.on('languageChanged', nameTab);
  return i18next;
}
