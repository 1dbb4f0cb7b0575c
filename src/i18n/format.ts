/** Numbers, dates and intervals in the UI's language, through Intl. */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

type Unit = 'minute' | 'hour' | 'day' | 'month' | 'year';

function largestUnit(ms: number): { value: number; unit: Unit } {
  const abs = Math.abs(ms);
  if (abs < HOUR) return { value: Math.max(1, Math.round(ms / MINUTE)), unit: 'minute' };
  if (abs < DAY) return { value: ms / HOUR, unit: 'hour' };
  if (abs < 30 * DAY) return { value: ms / DAY, unit: 'day' };
  if (abs < 365 * DAY) return { value: ms / (30 * DAY), unit: 'month' };
  return { value: ms / (365 * DAY), unit: 'year' };
}

/** A short interval for the grade buttons: "10분", "3일", "1.5개월" / "10m", "3d", "1.5 mths". */
export function formatInterval(ms: number, language: string): string {
  const { value, unit } = largestUnit(ms);
  // English narrow months read "1m", the same as minutes; spell them out.
  const unitDisplay = unit === 'month' && language.startsWith('en') ? 'short' : 'narrow';
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit,
    unitDisplay,
    maximumFractionDigits: unit === 'minute' || unit === 'day' ? 0 : 1,
  }).format(unit === 'day' ? Math.round(value) : value);
}

/** "3일 후" / "in 3 days", relative to now. */
export function formatRelative(target: number, now: number, language: string): string {
  const { value, unit } = largestUnit(target - now);
  const rounded = unit === 'minute' || unit === 'day' ? Math.round(value) : Math.round(value * 10) / 10;
  return new Intl.RelativeTimeFormat(language, { numeric: 'auto' }).format(rounded, unit);
}

export function formatDateTime(at: number, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}

/** "4.6MB" / "4.6 MB", or gigabytes from 1,000 MB on: storage in decimal units, as browsers and systems count it. */
export function formatStorageSize(bytes: number, language: string): string {
  const megabytes = bytes / 1_000_000;
  // A note is a few kilobytes: "0 MB" would say nothing.
  const [value, unit] =
    megabytes < 1
      ? [bytes / 1000, 'kilobyte']
      : megabytes < 1000
        ? [megabytes, 'megabyte']
        : [megabytes / 1000, 'gigabyte'];
  return new Intl.NumberFormat(language, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}

/** A front-matter date ("2025-07-14") as the UI's language writes it ("2025. 7. 14." / "Jul 14, 2025"); anything else as written. */
export function formatNoteDate(isoDate: string, language: string): string {
  const at = Date.parse(`${isoDate}T00:00:00Z`);
  // Date.parse also takes "2025-02-31" (as March 3); only a date that round-trips is a real one.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate) || Number.isNaN(at) || !new Date(at).toISOString().startsWith(isoDate)) {
    return isoDate;
  }
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(at);
}

/** A plain number, "3.2" / "3.2", to at most `maximumFractionDigits` decimals. */
export function formatNumber(value: number, language: string, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits }).format(value);
}

/** A probability as a percentage: 0.912 → "91.2%". */
export function formatPercent(value: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(value);
}
