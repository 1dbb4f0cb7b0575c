import { isInDeck } from '../content/study-scope';
import type { NoteSummary } from '../content/compiled-note';
import type { SchedulingState } from '../scheduler/scheduling-types';
import type { InterviewSource } from './interview-settings';
import { INTERVIEW_KINDS } from './interview-question';
import { seededShuffle } from './seeded-shuffle';

export interface PlanInput {
  notes: readonly NoteSummary[];
  source: InterviewSource;
  questionCount: number;
  /** Orders the questions; the same seed gives the same plan. */
  seed: number;
  /** States of reviewed cards (no entry = new); only "due first" reads them. */
  states: ReadonlyMap<string, SchedulingState>;
  now: number;
}

/** Why a session cannot start, for the setup screen to say in words. */
export type EmptyPlanReason =
  /** The deck, tag, difficulty or note matches no note. */
  | 'no-matching-notes'
  /** Notes match, but none has an interview question. */
  | 'no-questions'
  /** "Due first": every card is reviewed and none is due yet. */
  | 'nothing-due';

export type InterviewPlan = { ok: true; cardIds: string[] } | { ok: false; reason: EmptyPlanReason };

function notesOfSource(notes: readonly NoteSummary[], source: InterviewSource): readonly NoteSummary[] {
  switch (source.kind) {
    case 'all':
    case 'due-first':
      return notes;
    case 'deck':
      return notes.filter((note) => isInDeck(note, source.deck));
    case 'tag': {
      // Tags are written by hand in front matter: "mlops" and "MLOps" are the same tag.
      const tag = source.tag.toLocaleLowerCase('ko');
      return notes.filter((note) => note.tags.some((t) => t.toLocaleLowerCase('ko') === tag));
    }
    case 'difficulty':
      return notes.filter((note) => note.difficulty === source.difficulty);
    case 'note':
      return notes.filter((note) => note.id === source.noteId);
    case 'cards': {
      const wanted = new Set(source.cardIds);
      return notes.filter((note) => note.cards.some((card) => wanted.has(card.id)));
    }
  }
}

/**
 * The questions of a session. Questions without a model answer are kept:
 * they become self-check questions. "Due first" takes due cards, most
 * overdue first, then new cards in shuffled order; cards reviewed and not
 * yet due are left for later. A list of cards keeps its own order.
 */
export function planInterview(input: PlanInput): InterviewPlan {
  const { source, questionCount, seed, states, now } = input;
  const notes = notesOfSource(input.notes, source);
  if (notes.length === 0) return { ok: false, reason: 'no-matching-notes' };
  const asked = notes.flatMap((note) => note.cards.filter((card) => INTERVIEW_KINDS.has(card.kind)));
  const cards = asked.map((card) => card.id);
  const comparisonOf = new Map(
    asked.flatMap((card) =>
      card.table ? [[card.id, `${card.noteId}\n${card.table.index}\n${card.table.attribute}`]] : [],
    ),
  );
  /**
   * One comparison per attribute of a table: its three cells would ask the
   * same question three times (A and B, B and C, C and A) and bury the
   * note's own questions. Which cell stands for it follows the order.
   */
  const onePerAttribute = (ids: string[]): string[] => {
    const seen = new Set<string>();
    return ids.filter((id) => {
      const key = comparisonOf.get(id);
      if (key === undefined) return true;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  };
  if (cards.length === 0) return { ok: false, reason: 'no-questions' };
  const count = Math.max(0, Math.floor(questionCount));

  if (source.kind === 'cards') {
    const known = new Set(cards);
    return { ok: true, cardIds: source.cardIds.filter((id) => known.has(id)).slice(0, count) };
  }
  if (source.kind === 'due-first') {
    const due = cards
      .flatMap((id) => {
        const state = states.get(id);
        return state && state.due <= now ? [{ id, due: state.due }] : [];
      })
      .sort((a, b) => a.due - b.due)
      .map((entry) => entry.id);
    const fresh = seededShuffle(
      cards.filter((id) => !states.has(id)),
      seed,
    );
    const picked = onePerAttribute([...due, ...fresh]).slice(0, count);
    return picked.length > 0 ? { ok: true, cardIds: picked } : { ok: false, reason: 'nothing-due' };
  }
  return { ok: true, cardIds: onePerAttribute(seededShuffle(cards, seed)).slice(0, count) };
}
