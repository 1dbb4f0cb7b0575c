import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { createStudySessionSlice, type StudySessionSlice } from './study-session-slice';
import { createUiSlice, type UiSlice } from './ui-slice';

export type AppState = UiSlice & StudySessionSlice;

/**
 * One store of slices; middleware only here. Only UI preferences persist
 * (localStorage, read synchronously at start so the first paint is in the
 * right language); progress is in IndexedDB, never here.
 */
export const useAppStore = create<AppState>()(
  persist((...args) => ({ ...createUiSlice(...args), ...createStudySessionSlice(...args) }), {
    name: 'mundap-ui',
    version: 1,
    storage: createJSONStorage(() => localStorage),
    partialize: (state) => ({ language: state.language, theme: state.theme }),
  }),
);
