import { composingPattern, isComposable } from './composing-syllable';
import { foldText, sourceRangeOf } from './fold-text';
import { fieldTexts, partAt, type FieldColumn, type SearchIndex } from './search-index';
import type { SearchField, SearchHit, Snippet } from './search-types';

/** Field weights dominate the score: a title match outranks any body match. */
const FIELD_WEIGHT: Record<SearchField, number> = {
  title: 100,
  tags: 70,
  headings: 50,
  questions: 40,
  answers: 20,
  body: 10,
};
const WHOLE_PART_BONUS = 20;
const PART_START_BONUS = 10;
const WORD_START_BONUS = 5;
const OTHER_FIELD_BONUS = 3;
/** Words found apart rank below the same words found together as typed. */
const SCATTERED_PENALTY = 15;
const SNIPPET_CONTEXT = 40;
const WORD_SNAP = 12;
const ELLIPSIS = '…';

const CONSONANTS_ONLY = /^[\u3131-\u314e]+$/;
const WORD_SEPARATOR = /[\s\p{P}\p{S}]/u;

interface Candidate {
  document: number;
  field: SearchField;
  column: FieldColumn;
  part: number;
  /** The match in the part's plain form. */
  plainStart: number;
  plainLength: number;
  score: number;
}

/** A finder returns the next match at or after `from` in a column, or null. */
type Finder = (column: FieldColumn, from: number) => { index: number; length: number } | null;

function escapeForRegExp(text: string): string {
  let escaped = '';
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charAt(index);
    // Escaping every other code unit keeps lone surrogates and regex syntax literal without the `u` flag.
    escaped += /[0-9a-z\uac00-\ud7a3]/.test(char) ? char : '\\u' + char.charCodeAt(0).toString(16).padStart(4, '0');
  }
  return escaped;
}

/** Plain substring match, except that an unfinished last syllable matches what it may become. */
function plainFinder(query: string): Finder {
  const last = query.charAt(query.length - 1);
  if (!isComposable(last)) {
    return (column, from) => {
      const index = column.plain.indexOf(query, from);
      return index < 0 ? null : { index, length: query.length };
    };
  }
  const pattern = new RegExp(escapeForRegExp(query.slice(0, -1)) + composingPattern(last), 'g');
  return (column, from) => {
    pattern.lastIndex = from;
    const match = pattern.exec(column.plain);
    return match ? { index: match.index, length: match[0].length } : null;
  };
}

function choseongFinder(query: string): Finder {
  return (column, from) => {
    const index = column.choseong.indexOf(query, from);
    return index < 0 ? null : { index, length: query.length };
  };
}

function partLength(column: FieldColumn, part: number): number {
  const next = column.partStart[part + 1];
  return (next === undefined ? column.plain.length + 1 : next) - (column.partStart[part] ?? 0) - 1;
}

function candidateAt(column: FieldColumn, match: { index: number; length: number }): Candidate {
  const part = partAt(column, match.index);
  const document = column.partDocument[part] ?? 0;
  const plainStart = match.index - (column.partStart[part] ?? 0);
  let score = FIELD_WEIGHT[column.field] - Math.min(plainStart, 50) / 10;
  if (plainStart === 0) score += match.length === partLength(column, part) ? WHOLE_PART_BONUS : PART_START_BONUS;
  return { document, field: column.field, column, part, plainStart, plainLength: match.length, score };
}

/** Where the next note's text starts in a column (its end when there is none). */
function nextDocumentStart(column: FieldColumn, document: number): number {
  const next = column.documentFirstPart[document + 1] ?? column.partStart.length;
  return next < column.partStart.length ? (column.partStart[next] ?? column.plain.length) : column.plain.length;
}

/** The first match of each note in one column: after a hit, the scan jumps to the next note. */
function scanColumn(column: FieldColumn, find: Finder, found: (candidate: Candidate) => void): void {
  let from = 0;
  while (from < column.plain.length) {
    const match = find(column, from);
    if (!match) return;
    const candidate = candidateAt(column, match);
    found(candidate);
    from = nextDocumentStart(column, candidate.document);
  }
}

function snippetAround(text: string, start: number, end: number): Snippet {
  let from = Math.max(0, start - SNIPPET_CONTEXT);
  let to = Math.min(text.length, end + SNIPPET_CONTEXT);
  // Start and end at a space when one is near, so the excerpt does not open or close mid-word.
  const space = text.slice(from, start).search(/\s/);
  if (from > 0 && space >= 0 && space < WORD_SNAP) from += space + 1;
  const lastSpace = text.slice(end, to).search(/\s\S*$/);
  if (to < text.length && lastSpace >= 0 && to - (end + lastSpace) < WORD_SNAP) to = end + lastSpace;
  // Never cut an emoji (or any surrogate pair) in half.
  if (from > 0 && /[\udc00-\udfff]/.test(text.charAt(from))) from -= 1;
  if (to < text.length && /[\udc00-\udfff]/.test(text.charAt(to))) to += 1;
  const prefix = from > 0 ? ELLIPSIS : '';
  const suffix = to < text.length ? ELLIPSIS : '';
  const shift = prefix.length - from;
  return { text: prefix + text.slice(from, to) + suffix, highlights: [{ start: start + shift, end: end + shift }] };
}

function hitOf(index: SearchIndex, candidate: Candidate): SearchHit {
  const document = index.documents[candidate.document];
  const text = document
    ? (fieldTexts(document, candidate.field)[candidate.column.partIndex[candidate.part] ?? 0] ?? '')
    : '';
  const range = sourceRangeOf(text, candidate.plainStart, candidate.plainStart + candidate.plainLength);
  const wordStart = candidate.plainStart > 0 && range.start > 0 && WORD_SEPARATOR.test(text.charAt(range.start - 1));
  return {
    noteId: document?.id ?? '',
    title: document?.title ?? '',
    field: candidate.field,
    snippet: snippetAround(text, range.start, range.end),
    score: candidate.score + (wordStart ? WORD_START_BONUS : 0),
  };
}

function finderOf(term: string): Finder {
  return CONSONANTS_ONLY.test(term) ? choseongFinder(term) : plainFinder(term);
}

/** Keeps a note's first candidate (its heaviest field); a match in another field adds a little. */
function collect(best: Map<number, Candidate>, candidate: Candidate): void {
  const seen = best.get(candidate.document);
  if (seen) seen.score += OTHER_FIELD_BONUS;
  else best.set(candidate.document, candidate);
}

/** Each note's best candidate for one folded term, heaviest field first. */
function bestPerDocument(index: SearchIndex, term: string): Map<number, Candidate> {
  const find = finderOf(term);
  const best = new Map<number, Candidate>();
  // Columns go from the heaviest field down, so a note's first candidate is its best field.
  for (const column of index.columns) scanColumn(column, find, (candidate) => collect(best, candidate));
  return best;
}

/**
 * Notes holding every word of a multi-word query, anywhere and in any order
 * (프로세스 스레드 finds "프로세스 vs 스레드"), for notes the whole query did
 * not match as typed. A note's candidate is its best word, scored by the
 * average of all its words.
 */
function addScatteredMatches(index: SearchIndex, terms: string[], best: Map<number, Candidate>): void {
  const [first, ...rest] = terms.map((term) => bestPerDocument(index, term));
  if (!first) return;
  for (const [document, candidate] of first) {
    if (best.has(document)) continue;
    const others = rest.map((matches) => matches.get(document));
    if (others.some((other) => other === undefined)) continue;
    const all = [candidate, ...(others as Candidate[])];
    const lead = all.reduce((a, b) => (b.score > a.score ? b : a));
    const average = all.reduce((sum, each) => sum + each.score, 0) / all.length;
    best.set(document, { ...lead, score: average - SCATTERED_PENALTY });
  }
}

/**
 * Notes matching `query`, best first, one hit per note. Korean-aware: NFC,
 * spacing and case ignored, an unfinished last syllable matches what it can
 * become (쿠버ㄴ → 쿠버네티스), and a query of consonants only matches
 * initial consonants (ㅋㅂㄴㅌㅅ → 쿠버네티스). Words separated by spaces
 * also match apart, below notes that hold them together. Total: any string
 * is a valid query.
 */
export function search(index: SearchIndex, query: string, limit = 20): SearchHit[] {
  const normalized = query.normalize('NFC');
  const plain = foldText(normalized);
  if (plain === '' || limit <= 0) return [];
  const best = bestPerDocument(index, plain);
  const terms = normalized
    .split(/\s+/)
    .map(foldText)
    .filter((term) => term !== '');
  // When the words as typed already fill the list, looking for them apart only costs time.
  if (terms.length > 1 && best.size < limit) addScatteredMatches(index, terms, best);
  const byScore = (a: { score: number }, b: { score: number }): number => b.score - a.score;
  // Word starts need the original text, so only the leading candidates are refined with them.
  return [...best.values()]
    .sort(byScore)
    .slice(0, limit * 2)
    .map((candidate) => hitOf(index, candidate))
    .sort(byScore)
    .slice(0, limit);
}
