import { tokenize, type AnswerToken } from './answer-tokens';
import { equivalentsOf, oppositesOf } from './equivalent-stems';
import { jamoSimilarity } from './jamo-similarity';

/**
 * Words that carry no content of their own in a key point (낮을 수 있다 is
 * about 낮, not 수 or 있다), compared after the particle is cut.
 */
const FUNCTION_WORDS = new Set([
  ...['수', '것', '등', '및', '더', '또', '또는', '그리고', '대한', '대해', '위한', '위해', '통한', '통해', '관한'],
  ...['있', '있다', '있는', '있음', '하', '하다', '되', '되다', '같은', '가장', '매우', '경우', '때', '중', '점'],
  // Particles left on their own when punctuation splits a word (the 의 of "P(X)의").
  ...['의', '가', '이', '을', '를', '은', '는', '에', '와', '과', '로', '으로', '도', '에서'],
  ...['a', 'an', 'the', 'of', 'and', 'or', 'to', 'in', 'on', 'for', 'with', 'by', 'vs', 'is', 'are', 'be'],
]);

/**
 * A word found nowhere in the answer may still have been said in another
 * inflection (줄어들었다 / 줄어듭니다). Below this jamo-trigram similarity
 * two words are unrelated (생산성 / 유연성 score 0.31, 모델 / 모듈 0.33);
 * pipelines / pipeline score 0.92.
 * Above it the word earns its similarity as partial credit, never full.
 */
export const FUZZY_WORD_MIN = 0.5;
/** A near form is never the word itself: it alone cannot make a one-word point fully scored. */
const FUZZY_WORD_MAX = 0.9;

export interface TextRange {
  start: number;
  end: number;
}

export interface WordMatch {
  /** 0..1: 1 for the word itself or a listed equivalent, the similarity for a near form. */
  score: number;
  /** The answer says the word and denies it (줄지 않습니다). */
  negated?: boolean;
  /** UTF-16 ranges of the answer words that matched. */
  ranges: TextRange[];
}

/**
 * The answer once tokenised: `compact` is every word run together (spacing
 * ignored, so 인프라관리 holds 인프라 and 관리) and `owner[i]` is the token
 * the i-th compact character came from.
 */
export interface IndexedAnswer {
  tokens: AnswerToken[];
  compact: string;
  owner: number[];
  tokenStarts: Set<number>;
}

export function indexAnswer(answer: string): IndexedAnswer {
  const tokens = tokenize(answer);
  let compact = '';
  const owner: number[] = [];
  const tokenStarts = new Set<number>();
  tokens.forEach((token, index) => {
    tokenStarts.add(compact.length);
    compact += token.text;
    for (let i = 0; i < token.text.length; i += 1) owner.push(index);
  });
  return { tokens, compact, owner, tokenStarts };
}

/** The content words of a key point, stemmed; every word when all are function words. */
export function contentWords(keyPoint: string): string[] {
  const stems = tokenize(keyPoint).map((token) => token.stem);
  // A lone Latin letter (the P and X of "P(X)의 변화") is notation, not a word to look for.
  const content = stems.filter((stem) => !FUNCTION_WORDS.has(stem) && !/^[a-z]$/i.test(stem));
  return [...new Set(content.length > 0 ? content : stems)];
}

function isHangulWord(word: string): boolean {
  return /^[가-힣]+$/.test(word);
}

/**
 * Where `word` occurs in the answer, spacing ignored. A Hangul word of two
 * or more syllables may sit inside a compound (관리 in 인프라관리를); a
 * one-syllable stem or a Latin word must start a word (높 in 높아지고, but
 * not ops in mlops). An occurrence that runs across words must start one,
 * so 서버 is not found in "에서 버전".
 */
function findWord(answer: IndexedAnswer, word: string): TextRange[] | undefined {
  const anywhereInWord = isHangulWord(word) && word.length >= 2;
  for (let at = answer.compact.indexOf(word); at >= 0; at = answer.compact.indexOf(word, at + 1)) {
    const first = answer.owner[at] ?? 0;
    const last = answer.owner[at + word.length - 1] ?? first;
    if (answer.tokenStarts.has(at) || (anywhereInWord && first === last)) {
      return answer.tokens.slice(first, last + 1).map(({ start, end }) => ({ start, end }));
    }
  }
  return undefined;
}

/**
 * 줄지 않고, 안 줄고, 향상되지 못해: the word is said, and denied. Korean
 * negates a predicate with 안/못 before it or -지 않/못 after it.
 */
function isNegated(answer: IndexedAnswer, ranges: readonly TextRange[]): boolean {
  const first = answer.tokens.findIndex((token) => token.start === ranges[0]?.start);
  const lastRange = ranges[ranges.length - 1];
  const last = answer.tokens.findIndex((token) => token.end === lastRange?.end);
  const before = answer.tokens[first - 1]?.text;
  const own = answer.tokens[last]?.text ?? '';
  const after = answer.tokens[last + 1]?.text ?? '';
  return before === '안' || before === '못' || (/지$/.test(own) && /^(않|못)/.test(after));
}

/** Whether the answer says the opposite of `word` (증가 where the point says 감소). */
export function contradicts(answer: IndexedAnswer, word: string): boolean {
  return oppositesOf(word).some((opposite) => findWord(answer, opposite) !== undefined);
}

export function matchWord(answer: IndexedAnswer, word: string): WordMatch {
  for (const form of [word, ...equivalentsOf(word)]) {
    const ranges = findWord(answer, form);
    if (ranges) return isNegated(answer, ranges) ? { score: 0, ranges: [], negated: true } : { score: 1, ranges };
  }
  // A denied or opposite word is not a near form of the point either.
  if (contradicts(answer, word)) return { score: 0, ranges: [] };
  let best: WordMatch = { score: 0, ranges: [] };
  for (const { text, stem, start, end } of answer.tokens) {
    const score = Math.min(Math.max(jamoSimilarity(word, stem), jamoSimilarity(word, text)), FUZZY_WORD_MAX);
    if (score >= FUZZY_WORD_MIN && score > best.score) best = { score, ranges: [{ start, end }] };
  }
  return best;
}
