import { hasBatchim } from 'es-hangul';

/**
 * Words of a written answer or key point, in the form the matcher compares:
 * NFC, lower case, punctuation dropped, and with a stem that has the
 * trailing Korean particle or verb ending cut off (인프라를 → 인프라,
 * 관리하는 → 관리, 향상됩니다 → 향상).
 */
export interface AnswerToken {
  /** NFC, lower-case text of the whole word. */
  text: string;
  /** `text` without its particle or ending; equal to `text` when nothing was cut. */
  stem: string;
  /** UTF-16 range of the word in the original string. */
  start: number;
  end: number;
}

// Letters and digits; "0.25" and "3.x" stay one word.
const WORD = /[\p{L}\p{N}]+(?:[.,][\p{L}\p{N}]+)*/gu;

/**
 * Particles (조사) that only follow a syllable with a final consonant (true)
 * or only one without (false): 을/를, 이/가, 은/는, 과/와, 이나/나… Checking
 * that pairing with `hasBatchim` is what keeps 평가 (evaluation) whole.
 */
const AFTER_BATCHIM = [
  ...['으로는', '으로도', '으로의', '으로', '이라는', '이라고', '이라', '이란', '이나', '이며', '이고'],
  ...['이다', '이죠', '이에요', '과의', '과', '을', '은', '이'],
];
const AFTER_VOWEL = ['라는', '라고', '란', '나', '가', '를', '는', '와의', '와', '로는', '로도', '로의', '로'];
const PAIRED_PARTICLES: ReadonlyArray<readonly [suffix: string, afterBatchim: boolean]> = [
  ...AFTER_BATCHIM.map((suffix) => [suffix, true] as const),
  ...AFTER_VOWEL.map((suffix) => [suffix, false] as const),
];

/**
 * Particles and verb endings that attach to any stem: 하다 / 되다 / 시키다
 * verbs (관리하는, 향상됩니다, 감소시킨다) and endings of other verbs and
 * adjectives (줄어들고, 높아지는). Deliberately left out, because they end
 * too many nouns: 인 (도메인, 파이프라인), 지 (이미지), 기 (분류기), 어 (한국어).
 */
const FREE_SUFFIXES: readonly string[] = [
  ...['에서는', '에서도', '에서의', '에서', '에게', '에는', '에도', '에의', '에', '의', '도', '만'],
  ...['까지', '부터', '보다', '처럼', '마다', '들이', '들을', '들은', '들의', '들', '입니다', '예요'],
  ...['했습니다', '합니다', '하였다', '했다', '한다', '하는', '하고', '하여', '해서', '하면', '하며', '하기'],
  ...['하지', '하게', '해야', '한', '할', '함'],
  ...['되었습니다', '되었다', '됐습니다', '됩니다', '됐다', '된다', '되는', '되고', '되어', '되며', '되면'],
  ...['되기', '되지', '된', '될', '돼', '됨'],
  ...['시킵니다', '시킨다', '시키는', '시키고', '시켜', '시킨'],
  ...['아집니다', '어집니다', '아지는', '어지는', '아지고', '어지고', '아진다', '어진다', '습니다'],
  ...['어서', '아서', '으며', '으면', '는데', '지만', '으므로', '므로', '고', '며', '면'],
];

/**
 * A one-syllable suffix is also the last syllable of many two-syllable
 * nouns (속도, 최고, 결과, 추가), so it is cut only when two syllables stay.
 * Longer suffixes, and the commonest particles 을/를/은/는/이 checked by
 * their pairing, may leave one syllable (낮을 → 낮, 높아지는 → 높).
 */
const ONE_SYLLABLE_STEM_OK = new Set(['을', '를', '은', '는', '이']);

function minStemOf(suffix: string): number {
  return suffix.length > 1 || ONE_SYLLABLE_STEM_OK.has(suffix) ? 1 : 2;
}

const SUFFIXES: ReadonlyArray<readonly [suffix: string, afterBatchim: boolean | null, minStem: number]> = [
  ...PAIRED_PARTICLES.map(([suffix, after]) => [suffix, after, minStemOf(suffix)] as const),
  ...FREE_SUFFIXES.map((suffix) => [suffix, null, minStemOf(suffix)] as const),
].sort((a, b) => b[0].length - a[0].length);

function isHangulSyllable(char: string): boolean {
  return char >= '가' && char <= '힣';
}

/** The word without its trailing particle or ending, or the word itself when none fits. */
export function stemOf(word: string): string {
  if (!isHangulSyllable(word.at(-1) ?? '')) return word;
  for (const [suffix, afterBatchim, minStem] of SUFFIXES) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    if (stem.length < minStem || !isHangulSyllable(stem.at(-1) ?? '')) continue;
    if (afterBatchim !== null && hasBatchim(stem) !== afterBatchim) continue;
    return stem;
  }
  return word;
}

/** Every word of `text`, with its stem and its place in `text`. */
export function tokenize(text: string): AnswerToken[] {
  return [...text.matchAll(WORD)].map((match) => {
    const normalized = match[0].normalize('NFC').toLowerCase();
    return { text: normalized, stem: stemOf(normalized), start: match.index, end: match.index + match[0].length };
  });
}
