/**
 * Stems that say the same thing in interview answers, where a model answer
 * uses the Sino-Korean noun and a spoken answer the native verb: 부담 감소 ≈
 * 부담이 줄고, 생산성 향상 ≈ 생산성이 높아지고. No n-gram measure can see
 * these (감소 and 줄 share no letter), so they are listed. Kept small on
 * purpose, and never an antonym: every entry must be true in both directions.
 */
const GROUPS: readonly (readonly string[])[] = [
  ['감소', '줄', '절감', '경감'],
  ['증가', '늘', '증대'],
  ['향상', '높', '개선'],
  ['저하', '떨어', '악화'],
  ['용이', '쉽', '편리'],
  ['필요', '필수'],
  ['방지', '막'],
  ['변화', '바뀌', '바꾸', '달라'],
];

/**
 * Groups above that say the opposite of each other. An answer that says the
 * opposite of a key point (부담이 증가합니다 for 부담 감소) has not covered
 * it, however many of its other words it shares.
 */
const OPPOSITES: readonly (readonly [number, number])[] = [
  [0, 1],
  [2, 3],
];

/**
 * The other ways to say `stem`: the rest of the group whose member starts it
 * (줄어 → 감소, 절감…). A one-syllable member must start the stem, so 줄 also
 * covers 줄어, 줄이 — but nothing else starts a group.
 */
export function equivalentsOf(stem: string): readonly string[] {
  const group = GROUPS.find((members) => members.some((member) => stem.startsWith(member)));
  return group ? group.filter((member) => !stem.startsWith(member)) : [];
}

/** The stems that say the opposite of `stem` (감소 → 증가, 늘, 증대), if it has any. */
export function oppositesOf(stem: string): readonly string[] {
  const index = GROUPS.findIndex((members) => members.some((member) => stem.startsWith(member)));
  if (index < 0) return [];
  const pair = OPPOSITES.find(([a, b]) => a === index || b === index);
  if (!pair) return [];
  return GROUPS[pair[0] === index ? pair[1] : pair[0]] ?? [];
}
