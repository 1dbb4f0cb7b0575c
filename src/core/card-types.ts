/** A flashcard generated from a note: content only, no scheduling state. */

/** "qa" cards come from interview questions; other kinds may come later. */
export type CardKind = 'qa';

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
}
