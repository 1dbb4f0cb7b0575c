import type { CompiledCard } from '../content/compiled-note';
import { jamoSimilarity } from '../interview/jamo-similarity';
import { seededShuffle } from '../interview/seeded-shuffle';
import type { DistractorSource } from './quiz-types';

export const DISTRACTOR_COUNT = 3;
/**
 * A table cell's choices are the other systems' cells of its attribute and
 * a code example's the labels of its note's other examples: a comparison
 * rarely has more than three systems, so two distractors will do.
 */
export const MIN_SIBLING_DISTRACTORS = 2;

/**
 * Two answers this alike (jamo-trigram Dice over their plain text, spacing
 * and punctuation ignored) read as the same choice: a note that repeats an
 * answer under two questions, or an answer that only adds a sentence to
 * another, would give a quiz with two right answers.
 */
const NEAR_DUPLICATE = 0.85;

/** One pool of candidate cards, narrowest first. Every card in it has an answer. */
export interface DistractorPool {
  source: DistractorSource;
  cards: readonly CompiledCard[];
}

function fold(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]/gu, '');
}

/**
 * How far apart two answer lengths are, in quarter steps of their ratio:
 * 100 and 120 characters fall in the same bucket, 100 and 300 do not. A
 * distractor much shorter or longer than the right answer gives it away.
 */
function lengthBucket(a: number, b: number): number {
  return Math.round(Math.abs(Math.log2(Math.max(a, 1) / Math.max(b, 1))) * 4);
}

/**
 * Three distractors for `card`: from the first pool while it has enough,
 * widening pool by pool (at least `minimum`, else none). Within a pool the closest answer lengths come
 * first, ties in the seeded order, so the same seed picks the same cards.
 * `textOf` gives each card's plain answer text (computed once by the caller).
 * Undefined when even the widest pool has fewer than `minimum` usable answers.
 */
export function chooseDistractors(
  card: CompiledCard,
  pools: readonly DistractorPool[],
  textOf: (card: CompiledCard) => string,
  seed: number,
  minimum = DISTRACTOR_COUNT,
): { cards: CompiledCard[]; source: DistractorSource } | undefined {
  const chosen: CompiledCard[] = [];
  const seen = new Set([card.id]);
  const taken = [fold(textOf(card))];
  const length = textOf(card).length;
  let source: DistractorSource | undefined;
  for (const pool of pools) {
    const candidates = seededShuffle(
      pool.cards.filter((candidate) => !seen.has(candidate.id)),
      seed,
    )
      .map((candidate) => ({ candidate, bucket: lengthBucket(textOf(candidate).length, length) }))
      .sort((a, b) => a.bucket - b.bucket);
    for (const { candidate } of candidates) {
      seen.add(candidate.id);
      const text = fold(textOf(candidate));
      if (!text || taken.some((other) => other === text || jamoSimilarity(other, text) >= NEAR_DUPLICATE)) continue;
      chosen.push(candidate);
      taken.push(text);
      source = pool.source;
      if (chosen.length === DISTRACTOR_COUNT) return { cards: chosen, source: pool.source };
    }
  }
  return chosen.length >= minimum && source ? { cards: chosen, source } : undefined;
}
