import type { Card, TableCellRef } from '../card-types';
import type { Difficulty, NoteWarning } from '../note-types';

/**
 * A note as the app consumes it: parsed, carded and rendered ahead of time
 * (at build time for bundled notes), so the browser never parses markdown
 * to list decks or show a card.
 */

/** Where a table card's cell sits: its table among the note's `tables`, and the cell. */
export interface CompiledTableRef extends Omit<TableCellRef, 'markdown'> {
  index: number;
}

export interface CompiledCard extends Omit<Card, 'table'> {
  /** Sanitised HTML of the front and back (rendered with raw HTML off). */
  questionHtml: string;
  answerHtml: string;
  table?: CompiledTableRef;
}

export interface NoteSummary {
  /** Path under content/ without `.md`, NFC, `/`-separated. */
  id: string;
  /** Folder of the note ('' at the top): the deck it belongs to. */
  deck: string;
  title: string;
  date: string | null;
  tags: string[];
  difficulty: Difficulty | null;
  cards: CompiledCard[];
  /** HTML of the tables that table cards come from, cells named `data-cell` (see markTableCell); once per table. */
  tables: string[];
  warnings: NoteWarning[];
}

/** A heading of the note body, for its table of contents (h2–h4). */
export interface TocEntry {
  level: number;
  text: string;
  /** The heading's anchor id in the rendered body. */
  id: string;
}

/**
 * The body in reading order: plain HTML, and interview sections, which the
 * page draws itself (each question folded, with its card's state).
 */
export type NoteSegment =
  | { kind: 'html'; html: string }
  | {
      kind: 'interview';
      /** The section's rendered heading element, id included. */
      headingHtml: string;
      headingId: string;
      /** Ids of the cards of this section's questions, in note order. */
      cardIds: string[];
    };

export interface NoteBody {
  segments: NoteSegment[];
  toc: TocEntry[];
}

/**
 * Which compiler made a stored note. Raised whenever compileNote's output
 * changes in shape or meaning (2: cards of tables, concepts and code), so
 * notes the learner imported under an older version are compiled again
 * from their stored text.
 */
export const COMPILER_VERSION = 2;

/** The summary plus the rendered body, which the app loads lazily per note. */
export interface CompiledNote extends NoteSummary {
  body: NoteBody;
}
