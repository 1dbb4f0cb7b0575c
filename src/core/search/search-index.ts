import { getChoseong } from 'es-hangul';
import { foldText } from './fold-text';
import { SEARCH_FIELDS, type SearchDocument, type SearchField } from './search-types';

/**
 * The index is one column per field: every note's texts for that field in
 * plain form, joined by '\n' into a single string, so one scan with
 * `indexOf` or a regex covers all notes (a plain form has no whitespace,
 * so no match can run across the separator). Offsets map back to notes by
 * binary search; the original text stays in the documents for snippets.
 */

export const PART_SEPARATOR = '\n';

export interface FieldColumn {
  field: SearchField;
  plain: string;
  /**
   * Same length as `plain`: each Hangul syllable replaced by its initial
   * consonant (ㅋㅂㄴㅌㅅ for 쿠버네티스). Kept for every field, body too:
   * a term is often written out only in the answers or the body, and the
   * copy costs about as much as `plain` (see `npm run bench`).
   */
  choseong: string;
  /** Per part: where it starts in `plain`, its note, and its position in that note's field. */
  partStart: Int32Array;
  partDocument: Int32Array;
  partIndex: Int32Array;
  /** Per note, its first part; one extra entry for the end. */
  documentFirstPart: Int32Array;
}

export interface SearchIndex {
  documents: readonly SearchDocument[];
  columns: readonly FieldColumn[];
}

export function fieldTexts(entry: SearchDocument, field: SearchField): readonly string[] {
  return field === 'title' ? [entry.title] : entry[field];
}

const FIRST_SYLLABLE = 0xac00;
const LAST_SYLLABLE = 0xd7a3;
/** Syllables are ordered by initial consonant, 588 (21 vowels × 28 finals) per consonant. */
const SYLLABLES_PER_INITIAL = 588;

let initials: Uint16Array | null = null;
// ignoreBOM: a leading U+FEFF is data here (it cannot occur: it is whitespace, folded away).
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/** The 19 initial consonants as compatibility jamo, taken from es-hangul once. */
function initialConsonants(): Uint16Array {
  initials ??= Uint16Array.from({ length: (LAST_SYLLABLE - FIRST_SYLLABLE + 1) / SYLLABLES_PER_INITIAL }, (_, index) =>
    getChoseong(String.fromCharCode(FIRST_SYLLABLE + index * SYLLABLES_PER_INITIAL)).charCodeAt(0),
  );
  return initials;
}

/** Per code unit, so the result lines up with `plain` offset for offset. */
function choseongOf(plain: string): string {
  const table = initialConsonants();
  const codes = new Uint16Array(plain.length);
  for (let index = 0; index < plain.length; index += 1) {
    const code = plain.charCodeAt(index);
    codes[index] =
      code >= FIRST_SYLLABLE && code <= LAST_SYLLABLE
        ? (table[Math.floor((code - FIRST_SYLLABLE) / SYLLABLES_PER_INITIAL)] ?? code)
        : code;
  }
  return UTF16.decode(codes);
}

function buildColumn(documents: readonly SearchDocument[], field: SearchField): FieldColumn {
  const plains: string[] = [];
  const partStart: number[] = [];
  const partDocument: number[] = [];
  const partIndex: number[] = [];
  const documentFirstPart = new Int32Array(documents.length + 1);
  let offset = 0;
  documents.forEach((entry, documentIndex) => {
    documentFirstPart[documentIndex] = partStart.length;
    fieldTexts(entry, field).forEach((text, index) => {
      const plain = foldText(text);
      plains.push(plain);
      partStart.push(offset);
      partDocument.push(documentIndex);
      partIndex.push(index);
      offset += plain.length + PART_SEPARATOR.length;
    });
  });
  documentFirstPart[documents.length] = partStart.length;
  const plain = plains.join(PART_SEPARATOR);
  return {
    field,
    plain,
    choseong: choseongOf(plain),
    partStart: Int32Array.from(partStart),
    partDocument: Int32Array.from(partDocument),
    partIndex: Int32Array.from(partIndex),
    documentFirstPart,
  };
}

function normalizeDocument(entry: SearchDocument): SearchDocument {
  const nfc = (text: string): string => text.normalize('NFC');
  return {
    id: nfc(entry.id),
    title: nfc(entry.title),
    tags: entry.tags.map(nfc),
    headings: entry.headings.map(nfc),
    questions: entry.questions.map(nfc),
    answers: entry.answers.map(nfc),
    body: entry.body.map(nfc),
  };
}

/** Build the index once from prepared documents (bundled notes at first use). */
export function buildSearchIndex(documents: readonly SearchDocument[]): SearchIndex {
  const normalized = documents.map(normalizeDocument);
  return { documents: normalized, columns: SEARCH_FIELDS.map((field) => buildColumn(normalized, field)) };
}

/** The part containing a plain offset (binary search over part starts). */
export function partAt(column: FieldColumn, offset: number): number {
  let low = 0;
  let high = column.partStart.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((column.partStart[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}
