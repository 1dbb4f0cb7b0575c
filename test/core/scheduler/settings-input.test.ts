import { describe, expect, it } from 'vitest';
import { parseRetention, parseSteps, parseWholeNumber, SETTING_LIMITS } from '../../../src/core';

describe('learning steps', () => {
  it.each([
    ['1m 10m', ['1m', '10m']],
    ['  1m,10m  1h 2d ', ['1m', '10m', '1h', '2d']],
    ['120s 1H', ['2m', '1h']],
    ['１０ｍ', ['10m']],
    ['', []],
  ])('reads %j as %j', (text, steps) => {
    expect(parseSteps(text)).toEqual({ ok: true, steps });
  });

  it.each([
    ['1m 10x', { kind: 'syntax', step: '10x' }],
    ['m', { kind: 'syntax', step: 'm' }],
    ['10', { kind: 'syntax', step: '10' }],
    ['1.5h', { kind: 'fraction', step: '1.5h' }],
    ['30s', { kind: 'seconds', step: '30s' }],
    ['0m', { kind: 'zero', step: '0m' }],
    ['36501d', { kind: 'tooLong', step: '36501d' }],
    [Array.from({ length: 21 }, () => '1m').join(' '), { kind: 'tooMany' }],
  ])('refuses %j and names the step', (text, problem) => {
    expect(parseSteps(text)).toEqual({ ok: false, problem });
  });
});

describe('numbers typed into settings', () => {
  it.each([
    ['0.9', 0.9],
    ['0,85', 0.85],
    ['.97', 0.97],
    ['0.70', 0.7],
  ])('retention %j is %d', (raw, value) => expect(parseRetention(raw)).toBe(value));

  it.each(['', '0.69', '0.98', '1', '0.905', 'abc', '9e-1'])('retention %j is refused', (raw) =>
    expect(parseRetention(raw)).toBeNull(),
  );

  it('whole numbers stay within their limits and take digits only', () => {
    expect(parseWholeNumber('23', SETTING_LIMITS.dayStartHour)).toBe(23);
    expect(parseWholeNumber('24', SETTING_LIMITS.dayStartHour)).toBeNull();
    expect(parseWholeNumber('0', SETTING_LIMITS.maximumIntervalDays)).toBeNull();
    for (const raw of ['', '-1', '2.5', '1e2', '0x10']) {
      expect(parseWholeNumber(raw, SETTING_LIMITS.maxReviewsPerDay)).toBeNull();
    }
  });
});
