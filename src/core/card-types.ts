/** A flashcard generated from a note: content only, no scheduling state. */

/**
 * "qa" cards come from interview questions; "table" from the cells of a
 * comparison table, "concept" from the 핵심 개념 section, "code" from a
 * labelled code example (recognise which tool it shows).
 */
export type CardKind = 'qa' | 'table' | 'concept' | 'code';
export const CARD_KINDS: readonly CardKind[] = ['qa', 'table', 'concept', 'code'];

/** Where a table card's answer sits, so the whole table can be shown with that cell marked. */
export interface TableCellRef {
  /** The table as written in the note (markdown). */
  markdown: string;
  /** 0-based body row (the header is not counted) and column of the asked cell. */
  row: number;
  column: number;
  /** What the front asks about: the system compared and the attribute, as their labels read. */
  system: string;
  attribute: string;
}

export interface Card {
  /** Stable: hash of note id + normalised front text (see card-id.ts). */
  id: string;
  noteId: string;
  kind: CardKind;
  /** Front, markdown. */
  question: string;
  /** Back, markdown; empty for a self-check question. */
  answer: string;
  /** Key points of the answer (its bold phrases). */
  keywords: string[];
  /** 1-based line of the question in the note, so the UI can point back into it. */
  line: number;
  /** Table cards only: the table and the cell answered. */
  table?: TableCellRef;
}
