import type { StudySettings } from '../../core';
import { db, getStudySettings, saveStudySettings } from '../../db';

/**
 * Applies one change to the settings as stored now (not as this screen last
 * read them), so two fields saved in quick succession do not undo each other.
 */
export async function saveSettingsChange(change: (settings: StudySettings) => StudySettings): Promise<void> {
  const current = await getStudySettings(db);
  await saveStudySettings(db, change(current), Date.now());
}
