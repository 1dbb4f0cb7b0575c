/**
 * Anki's learning-step syntax ("1m 10m", "30s 1h 1d"), checked before it
 * reaches the scheduler. ts-fsrs counts steps in whole minutes (m, h, d), so
 * seconds are taken only when they make whole minutes and are stored as
 * minutes; anything else is refused rather than silently rounded.
 */
export type StepProblem =
  /** Not a number followed by s, m, h or d. */
  | { kind: 'syntax'; step: string }
  /** 1.5h: ts-fsrs would read it as 1h. */
  | { kind: 'fraction'; step: string }
  /** 30s: shorter than, or not a whole number of, minutes. */
  | { kind: 'seconds'; step: string }
  | { kind: 'zero'; step: string }
  /** Longer than the longest interval FSRS allows. */
  | { kind: 'tooLong'; step: string }
  | { kind: 'tooMany' };

export type StepsResult = { ok: true; steps: string[] } | { ok: false; problem: StepProblem };

/** More steps than this is a typo, not a plan (Anki users rarely go past five). */
export const MAX_STEPS = 20;
const MAX_STEP_MINUTES = 36500 * 24 * 60;
const MINUTES_PER_UNIT: Record<string, number> = { m: 1, h: 60, d: 1440 };

function parseStep(raw: string): { ok: true; step: string } | { ok: false; problem: StepProblem } {
  const match = /^(\d+(?:[.,]\d+)?)([smhd])$/i.exec(raw);
  if (!match) return { ok: false, problem: { kind: 'syntax', step: raw } };
  const digits = match[1] ?? '';
  const unit = (match[2] ?? '').toLowerCase();
  if (/[.,]/.test(digits)) return { ok: false, problem: { kind: 'fraction', step: raw } };
  const value = Number(digits);
  if (value === 0) return { ok: false, problem: { kind: 'zero', step: raw } };
  if (unit === 's') {
    if (value % 60 !== 0) return { ok: false, problem: { kind: 'seconds', step: raw } };
    return parseStep(`${value / 60}m`);
  }
  if (value * (MINUTES_PER_UNIT[unit] ?? 1) > MAX_STEP_MINUTES)
    return { ok: false, problem: { kind: 'tooLong', step: raw } };
  return { ok: true, step: `${value}${unit}` };
}

/** "1m 10m" (spaces or commas between steps; empty = no steps) → ['1m', '10m'], or the first problem. */
export function parseSteps(text: string): StepsResult {
  const parts = text
    .normalize('NFKC')
    .split(/[\s,]+/)
    .filter((part) => part !== '');
  if (parts.length > MAX_STEPS) return { ok: false, problem: { kind: 'tooMany' } };
  const steps: string[] = [];
  for (const part of parts) {
    const parsed = parseStep(part);
    if (!parsed.ok) return parsed;
    steps.push(parsed.step);
  }
  return { ok: true, steps };
}

export function formatSteps(steps: readonly string[]): string {
  return steps.join(' ');
}
