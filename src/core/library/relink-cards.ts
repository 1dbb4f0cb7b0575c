import { distance } from 'fastest-levenshtein';
import type { CardKind } from '../card-types';
import { collapseWhitespace } from '../text/normalize';

/**
 * How alike two versions of a question must be for the edited one to keep
 * the card's history: a fixed typo or an added phrase stays above it, a
 * different question falls far below.
 */
export const EDIT_SIMILARITY = 0.85;

export interface RelinkCard {
  id: string;
  kind: CardKind;
  question: string;
}

export interface NoteCards {
  noteId: string;
  cards: readonly RelinkCard[];
}

export interface CardLink {
  from: string;
  to: string;
}

/** Where each card of the previous import went in the next one. */
export interface RelinkResult {
  /** Same id in both: nothing to do. */
  kept: string[];
  /** Question edited a little (similarity ≥ EDIT_SIMILARITY, same note): history moves to the new id. */
  changed: (CardLink & { similarity: number })[];
  /** Note moved to another folder (same file name, same questions): history moves to the new id. */
  moved: (CardLink & { fromNote: string; toNote: string })[];
  /** Gone from the notes: history kept in the archive until the learner restores or purges it. */
  removed: string[];
  /** New questions. */
  added: string[];
}

const canonical = (text: string): string => collapseWhitespace(text.normalize('NFC')).toLowerCase();

/** 1 for the same text (ignoring case, spacing and Unicode form), down to 0 for nothing in common. */
export function questionSimilarity(a: string, b: string): number {
  const [x, y] = [canonical(a), canonical(b)];
  const longest = Math.max(x.length, y.length);
  return longest === 0 ? 1 : 1 - distance(x, y) / longest;
}

const fileName = (noteId: string): string => noteId.slice(noteId.lastIndexOf('/') + 1);
const questionSet = (note: NoteCards): string =>
  note.cards
    .filter((card) => card.kind === 'qa')
    .map((card) => canonical(card.question))
    .sort()
    .join('\n');

/** Notes that left one folder for another: same file name, same questions. */
function findMoves(previous: NoteCards[], next: NoteCards[]): [NoteCards, NoteCards][] {
  const nextIds = new Set(next.map((note) => note.noteId));
  const previousIds = new Set(previous.map((note) => note.noteId));
  const arrivals = next.filter((note) => !previousIds.has(note.noteId));
  const moves: [NoteCards, NoteCards][] = [];
  for (const gone of previous.filter((note) => !nextIds.has(note.noteId))) {
    const index = arrivals.findIndex(
      (note) => fileName(note.noteId) === fileName(gone.noteId) && questionSet(note) === questionSet(gone),
    );
    if (index < 0) continue;
    moves.push([gone, arrivals[index]!]);
    arrivals.splice(index, 1);
  }
  return moves;
}

/**
 * Matches a note's old cards to its new ones: exact text first (a moved
 * note's cards change id with the note), then the most similar pairs of the
 * same kind above the threshold, one to one.
 */
function matchCards(before: readonly RelinkCard[], after: readonly RelinkCard[]) {
  const exact: [RelinkCard, RelinkCard][] = [];
  const similar: [RelinkCard, RelinkCard, number][] = [];
  const unmatchedAfter = new Set(after);
  const unmatchedBefore: RelinkCard[] = [];
  for (const old of before) {
    const same = after.find(
      (card) =>
        unmatchedAfter.has(card) && card.kind === old.kind && canonical(card.question) === canonical(old.question),
    );
    if (same) {
      exact.push([old, same]);
      unmatchedAfter.delete(same);
    } else unmatchedBefore.push(old);
  }
  const candidates: [RelinkCard, RelinkCard, number][] = [];
  for (const old of unmatchedBefore) {
    for (const card of unmatchedAfter) {
      if (card.kind !== old.kind) continue;
      const similarity = questionSimilarity(old.question, card.question);
      if (similarity >= EDIT_SIMILARITY) candidates.push([old, card, similarity]);
    }
  }
  // Stable sort: equal similarities keep note order, so the result does not depend on chance.
  candidates.sort((a, b) => b[2] - a[2]);
  const taken = new Set<RelinkCard>();
  for (const candidate of candidates) {
    const [old, card] = candidate;
    if (taken.has(old) || taken.has(card)) continue;
    taken.add(old);
    taken.add(card);
    similar.push(candidate);
  }
  return { exact, similar, removed: unmatchedBefore.filter((card) => !taken.has(card)) };
}

/**
 * What re-importing a library does to each card: the rules that let a
 * learner edit notes for months without losing a review. Nothing is
 * dropped: a card that cannot be matched is reported as removed, for the
 * archive.
 */
export function relinkCards(previous: readonly NoteCards[], next: readonly NoteCards[]): RelinkResult {
  const result: RelinkResult = { kept: [], changed: [], moved: [], removed: [], added: [] };
  const nextById = new Map(next.map((note) => [note.noteId, note]));
  const pairs: [NoteCards, NoteCards | undefined, boolean][] = previous.map((note) => [
    note,
    nextById.get(note.noteId),
    false,
  ]);
  for (const [gone, arrived] of findMoves([...previous], [...next])) {
    const pair = pairs.find(([note]) => note === gone);
    if (pair) [pair[1], pair[2]] = [arrived, true];
  }
  const linked = new Set<string>();
  for (const [before, after, moved] of pairs) {
    if (!after) {
      result.removed.push(...before.cards.map((card) => card.id));
      continue;
    }
    const { exact, similar, removed } = matchCards(before.cards, after.cards);
    for (const [old, card] of exact) {
      linked.add(card.id);
      if (old.id === card.id) result.kept.push(card.id);
      else if (moved) result.moved.push({ from: old.id, to: card.id, fromNote: before.noteId, toNote: after.noteId });
      else result.changed.push({ from: old.id, to: card.id, similarity: 1 });
    }
    for (const [old, card, similarity] of similar) {
      linked.add(card.id);
      result.changed.push({ from: old.id, to: card.id, similarity });
    }
    result.removed.push(...removed.map((card) => card.id));
  }
  for (const note of next) {
    for (const card of note.cards) if (!linked.has(card.id)) result.added.push(card.id);
  }
  return result;
}
