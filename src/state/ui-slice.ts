import type { StateCreator } from 'zustand';
import type { Language } from '../i18n/i18n';

export type Theme = 'system' | 'light' | 'dark';

export interface UiSlice {
  language: Language;
  theme: Theme;
  /** Set when IndexedDB cannot be opened or written: progress is not being saved. */
  storageError: string | null;
  setLanguage: (language: Language) => void;
  setTheme: (theme: Theme) => void;
  setStorageError: (message: string | null) => void;
}

export const createUiSlice: StateCreator<UiSlice, [], [], UiSlice> = (set) => ({
  language: 'ko',
  theme: 'system',
  storageError: null,
  setLanguage: (language) => set({ language }),
  setTheme: (theme) => set({ theme }),
  setStorageError: (storageError) => set({ storageError }),
});
