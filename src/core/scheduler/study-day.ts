/**
 * Anki's "next day starts at": reviews done after midnight but before this
 * hour belong to the previous study day, so a late-night session does not
 * eat tomorrow's new-card allowance.
 */
export const DEFAULT_DAY_START_HOUR = 4;

/** Epoch ms at which the study day containing `now` began (local time). */
export function startOfStudyDay(now: number, dayStartHour = DEFAULT_DAY_START_HOUR): number {
  const start = new Date(now);
  start.setHours(dayStartHour, 0, 0, 0);
  if (start.getTime() > now) start.setDate(start.getDate() - 1);
  return start.getTime();
}
