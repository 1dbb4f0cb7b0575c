import { describe, expect, it } from 'vitest';
import {
  becameLeech,
  buryUntil,
  DEFAULT_CARD_STATUS,
  newCardState,
  toggledFlag,
  type CardRecord,
} from '../../../src/core';

const at = (text: string): number => new Date(text).getTime();

describe('burying', () => {
  it('lasts until the next study day begins at the day-start hour', () => {
    expect(buryUntil(at('2026-03-02T15:00:00'), 4)).toBe(at('2026-03-03T04:00:00'));
  });

  it('after midnight but before the day-start hour, ends the same morning', () => {
    expect(buryUntil(at('2026-03-03T01:30:00'), 4)).toBe(at('2026-03-03T04:00:00'));
  });
});

describe('flags', () => {
  it('choosing the same flag again clears it; another colour replaces it', () => {
    expect(toggledFlag(0, 1)).toBe(1);
    expect(toggledFlag(1, 1)).toBe(0);
    expect(toggledFlag(1, 3)).toBe(3);
  });
});

describe('leeches', () => {
  const record = (status: Partial<CardRecord>): CardRecord => ({
    ...newCardState(0),
    ...DEFAULT_CARD_STATUS,
    ...status,
  });

  it('are announced only by the rating that suspends them', () => {
    expect(becameLeech(record({}), record({ leech: true, suspended: true }))).toBe(true);
    expect(becameLeech(record({ leech: true, suspended: true }), record({ leech: true, suspended: true }))).toBe(false);
    expect(becameLeech(record({ leech: true }), record({ leech: true }))).toBe(false);
  });
});
