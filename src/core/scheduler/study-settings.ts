import { DEFAULT_SCHEDULER_SETTINGS, type SchedulerSettings } from './scheduling-types';
import { DEFAULT_DAY_START_HOUR } from './study-day';

/** Everything that shapes a study session, as the learner configures it. */
export interface StudySettings {
  scheduler: SchedulerSettings;
  /** New cards introduced per study day (Anki's default is 20). */
  newCardsPerDay: number;
  /** Review cards shown per study day (Anki's default is 200). */
  maxReviewsPerDay: number;
  dayStartHour: number;
}

export const DEFAULT_STUDY_SETTINGS: StudySettings = {
  scheduler: DEFAULT_SCHEDULER_SETTINGS,
  newCardsPerDay: 20,
  maxReviewsPerDay: 200,
  dayStartHour: DEFAULT_DAY_START_HOUR,
};

/** Stored (possibly older, partial) settings over defaults. */
export function withDefaults(stored: Partial<StudySettings> | undefined): StudySettings {
  return {
    ...DEFAULT_STUDY_SETTINGS,
    ...stored,
    scheduler: { ...DEFAULT_SCHEDULER_SETTINGS, ...stored?.scheduler },
  };
}
