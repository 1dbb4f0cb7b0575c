import type { CardRecord, Flag } from './card-record';
import { startOfStudyDay } from './study-day';

/**
 * Anki's "bury": out of the queue until the next study day begins, which
 * starts at the day-start hour, not at midnight. Counted on the calendar
 * (not + 24 h) so a daylight-saving change does not shift it by an hour.
 */
export function buryUntil(now: number, dayStartHour: number): number {
  const next = new Date(startOfStudyDay(now, dayStartHour));
  next.setDate(next.getDate() + 1);
  return next.getTime();
}

/** Choosing the flag a card already has clears it, as in Anki. */
export function toggledFlag(current: Flag, chosen: Flag): Flag {
  return current === chosen ? 0 : chosen;
}

/** True when this rating made the card a leech and suspended it (not when it already was). */
export function becameLeech(before: CardRecord | null, after: CardRecord): boolean {
  return after.leech && after.suspended && !(before?.suspended ?? false);
}
