import { withDefaults, type StudySettings } from '../core';
import type { MundapDatabase } from './database';

const STUDY_KEY = 'study';

export async function getStudySettings(db: MundapDatabase): Promise<StudySettings> {
  const row = await db.settings.get(STUDY_KEY);
  return withDefaults(row?.value as Partial<StudySettings> | undefined);
}

export async function saveStudySettings(db: MundapDatabase, settings: StudySettings, now: number): Promise<void> {
  await db.settings.put({ key: STUDY_KEY, value: settings, updatedAt: now });
}
