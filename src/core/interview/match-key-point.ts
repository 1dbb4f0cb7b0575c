import { tokenize, type AnswerToken } from './answer-tokens';
import { equivalentsOf } from './equivalent-stems';
import { jamoSimilarity } from './jamo-similarity';

/**
 * Words that carry no content of their own in a key point (낮을 수 있다 is
 * about 낮, not 수 or 있다), compared after the particle is cut.
 */
const FUNCTION_WORDS = new Set([
  ...['수', '것', '등', '및', '더', '또', '또는', '그리고', '대한', '대해', '위한', '위해', '통한', '통해', '관한'],
  ...['있', '있다', '있는', '있음', '하', '하다', '되', '되다', '같은', '가장', '매우', '경우', '때', '중', '점'],
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
  const content = stems.filter((stem) => !FUNCTION_WORDS.has(stem));
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

export function matchWord(answer: IndexedAnswer, word: string): WordMatch {
  for (const form of [word, ...equivalentsOf(word)]) {
    const ranges = findWord(answer, form);
    if (ranges) return { score: 1, ranges };
  }
  let best: WordMatch = { score: 0, ranges: [] };
  for (const { text, stem, start, end } of answer.tokens) {
    const score = Math.min(Math.max(jamoSimilarity(word, stem), jamoSimilarity(word, text)), FUZZY_WORD_MAX);
    if (score >= FUZZY_WORD_MIN && score > best.score) best = { score, ranges: [{ start, end }] };
  }
  return best;
}
