import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { SchedulerSettings } from './scheduling-types';

/**
 * Scheduler settings are stored once per distinct value, under an id made
 * from the value itself, and every rating names the profile it was made
 * under. Replaying a log then reproduces each step exactly, whatever the
 * settings are today, and two devices' profiles merge without conflicts.
 */
export function schedulerProfileId(settings: SchedulerSettings): string {
  const canonical = JSON.stringify([
    settings.desiredRetention,
    settings.maximumIntervalDays,
    settings.learningSteps,
    settings.relearningSteps,
    settings.fuzz,
  ]);
  return `p${bytesToHex(sha256(utf8ToBytes(canonical))).slice(0, 12)}`;
}
