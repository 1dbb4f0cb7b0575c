import type { StudyCalendar } from './study-calendar';
import type { CardRecords, DayCount, StatsCard } from './stats-types';

/** Days the forecast covers: today and the 29 after it. */
export const FORECAST_DAYS = 30;

/**
 * Cards falling due on each of the next study days, as Anki's future-due
 * chart counts them: scheduled cards only (new and suspended ones are not
 * due), overdue ones on today, a buried one when it comes back.
 */
export function dueForecast(
  cards: readonly StatsCard[],
  records: CardRecords,
  calendar: StudyCalendar,
  days = FORECAST_DAYS,
): DayCount[] {
  const counts = new Int32Array(days);
  for (const card of cards) {
    const record = records.get(card.id);
    if (!record || record.phase === 'new' || record.suspended) continue;
    const due = Math.max(record.due, record.buriedUntil ?? 0);
    const day = Math.max(0, calendar.dayOf(due));
    if (day < days) counts[day] = counts[day]! + 1;
  }
  return Array.from(counts, (count, day) => ({ start: calendar.startOf(day), count }));
}
