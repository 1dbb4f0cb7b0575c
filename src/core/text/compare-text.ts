/**
 * Order for everything a person reads in a list: Korean collation, and
 * numbers by value, so folders named `4-2-…` come before `4-10-…` as their
 * authors meant.
 */
const collator = new Intl.Collator('ko', { numeric: true });

export function compareText(a: string, b: string): number {
  return collator.compare(a, b);
}
