/**
 * The ranges the settings screen accepts. Anki's FSRS allows desired
 * retention 0.70–0.99; above 0.97 the workload explodes for little gain, so
 * Mundap stops there and warns from 0.95 on.
 */
export const SETTING_LIMITS = {
  desiredRetention: { min: 0.7, max: 0.97, step: 0.01 },
  maximumIntervalDays: { min: 1, max: 36500 },
  newCardsPerDay: { min: 0, max: 9999 },
  maxReviewsPerDay: { min: 0, max: 9999 },
  dayStartHour: { min: 0, max: 23 },
} as const;

/** From here on, each extra point of retention costs many more reviews. */
export const HIGH_RETENTION = 0.95;

/**
 * A whole number typed by the learner, or null. Digits only: Number() would
 * also take '', '1e2' and '0x10'.
 */
export function parseWholeNumber(raw: string, limits: { min: number; max: number }): number | null {
  const text = raw.normalize('NFKC').trim();
  if (!/^\d+$/.test(text)) return null;
  const value = Number(text);
  return value >= limits.min && value <= limits.max ? value : null;
}

/** Desired retention as typed ("0.9", "0,9"), within the limits and to two decimals, or null. */
export function parseRetention(raw: string): number | null {
  const text = raw.normalize('NFKC').trim().replace(',', '.');
  if (!/^\d*\.?\d+$/.test(text)) return null;
  const value = Number(text);
  const { min, max } = SETTING_LIMITS.desiredRetention;
  // Two decimals at most: 0.905 is not a retention the step-0.01 field offers.
  if (Math.abs(value * 100 - Math.round(value * 100)) > 1e-9) return null;
  return value >= min - 1e-9 && value <= max + 1e-9 ? Math.round(value * 100) / 100 : null;
}
