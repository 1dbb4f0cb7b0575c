import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/locales/en.json';
import ko from '../../src/i18n/locales/ko.json';

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

/** Plural forms differ by language (Korean has one, English two), so compare base keys. */
function baseKeys(tree: object): string[] {
  return [...new Set(keys(tree).map((key) => key.replace(/_(zero|one|two|few|many|other)$/, '')))].sort();
}

describe('locales', () => {
  it('have exactly the same keys in Korean and English', () => {
    expect(baseKeys(en)).toEqual(baseKeys(ko));
  });

  it('have no empty string', () => {
    for (const tree of [ko, en]) {
      for (const key of keys(tree)) {
        const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree);
        expect(value, key).not.toBe('');
      }
    }
  });
});
