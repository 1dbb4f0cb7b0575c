import { disassemble } from 'es-hangul';

/**
 * Similarity of two words by their jamo trigrams (Dice coefficient, 0..1).
 * Comparing jamo rather than syllables lets inflected forms that share a
 * stem but not a syllable (줄어듭니다 / 줄어들었다: 듭 vs 들) still overlap;
 * trigrams rather than bigrams because jamo bigrams are so few that unrelated
 * words share many (생산성 / 유연성 share ㄴㅅ, ㅅㅓ, ㅓㅇ).
 * Latin letters and digits pass through `disassemble` unchanged.
 */
export function jamoSimilarity(a: string, b: string): number {
  const gramsA = trigrams(disassemble(a));
  const gramsB = trigrams(disassemble(b));
  if (gramsA.length === 0 || gramsB.length === 0) return a === b ? 1 : 0;
  const counts = new Map<string, number>();
  for (const gram of gramsA) counts.set(gram, (counts.get(gram) ?? 0) + 1);
  let shared = 0;
  for (const gram of gramsB) {
    const left = counts.get(gram) ?? 0;
    if (left > 0) {
      shared += 1;
      counts.set(gram, left - 1);
    }
  }
  return (2 * shared) / (gramsA.length + gramsB.length);
}

function trigrams(text: string): string[] {
  const grams: string[] = [];
  for (let index = 0; index + 3 <= text.length; index += 1) grams.push(text.slice(index, index + 3));
  return grams;
}
