import { describe, expect, it } from 'vitest';
import { formatInterval, formatNoteDate, formatRelative } from '../../src/i18n/format';

const NOW = Date.UTC(2025, 6, 14, 9);
const DAY = 86_400_000;

describe('formatting in the chosen language', () => {
  it('says when a review is due, relative to now', () => {
    expect(formatRelative(NOW + 3 * DAY, NOW, 'ko')).toBe('3일 후');
    expect(formatRelative(NOW + 3 * DAY, NOW, 'en')).toBe('in 3 days');
  });

  it('writes the grade buttons’ intervals short', () => {
    expect(formatInterval(10 * 60_000, 'ko')).toBe('10분');
    expect(formatInterval(3 * DAY, 'en')).toBe('3d');
  });

  it('writes a note’s date the way the language does, and leaves a date it cannot read as written', () => {
    expect(formatNoteDate('2025-07-14', 'ko')).toBe('2025. 7. 14.');
    expect(formatNoteDate('2025-07-14', 'en')).toBe('Jul 14, 2025');
    expect(formatNoteDate('2025-02-31', 'en')).toBe('2025-02-31');
    expect(formatNoteDate('last summer', 'ko')).toBe('last summer');
  });
});
