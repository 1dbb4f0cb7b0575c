/**
 * What search reads from a note and what it answers. Plain data, so the
 * documents of bundled notes can be prepared at build time and shipped as JSON.
 */

/** The parts of a note search looks in, from most to least telling. */
export type SearchField = 'title' | 'tags' | 'headings' | 'questions' | 'answers' | 'body';

export const SEARCH_FIELDS: readonly SearchField[] = ['title', 'tags', 'headings', 'questions', 'answers', 'body'];

/** The searchable text of one note, every string NFC and free of markdown syntax. */
export interface SearchDocument {
  /** The note id (its path under content/ without `.md`). */
  id: string;
  title: string;
  tags: string[];
  /** Heading texts, in order, without the title heading. */
  headings: string[];
  questions: string[];
  answers: string[];
  /** Body text one block (paragraph, list item, table cell, code block) per entry. */
  body: string[];
}

/** A half-open range [start, end) of UTF-16 code units. */
export interface TextRange {
  start: number;
  end: number;
}

/** A short excerpt of the original text around a match; `…` marks a cut. */
export interface Snippet {
  text: string;
  highlights: TextRange[];
}

/** One note that matches, with its best-matching field. */
export interface SearchHit {
  noteId: string;
  title: string;
  /** The field of the best match; the snippet is taken from it. */
  field: SearchField;
  snippet: Snippet;
  score: number;
}
