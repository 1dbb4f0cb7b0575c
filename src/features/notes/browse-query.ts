import { compareText, countDue, isInDeck, type Difficulty, type NoteSummary } from '../../core';
import type { StudySnapshot } from '../../db';

export type BrowseSort = 'title' | 'date' | 'due';
export const BROWSE_SORTS: readonly BrowseSort[] = ['title', 'date', 'due'];
export const DIFFICULTIES: readonly Difficulty[] = ['easy', 'medium', 'hard'];

/** The browse filters, kept in the URL so a filtered view can be reloaded and shared. */
export interface BrowseQuery {
  deck: string;
  tag: string | null;
  difficulty: Difficulty | null;
  sort: BrowseSort;
}

export function browseQueryFrom(params: URLSearchParams): BrowseQuery {
  const difficulty = params.get('difficulty');
  const sort = params.get('sort');
  return {
    deck: (params.get('deck') ?? '').normalize('NFC'),
    tag: params.get('tag')?.normalize('NFC') || null,
    difficulty: DIFFICULTIES.includes(difficulty as Difficulty) ? (difficulty as Difficulty) : null,
    sort: BROWSE_SORTS.includes(sort as BrowseSort) ? (sort as BrowseSort) : 'title',
  };
}

export interface BrowseEntry {
  note: NoteSummary;
  /** Cards due now (learning + review); null while progress is loading or unavailable. */
  due: number | null;
}

function dueNow(note: NoteSummary, snapshot: StudySnapshot, now: number): number {
  const ids = note.cards.map((card) => card.id);
  const counts = countDue(ids, snapshot.dueStates, snapshot.knownIds, { newLeft: 0, reviewsLeft: Infinity }, now);
  return counts.learning + counts.review;
}

const byTitle = (a: BrowseEntry, b: BrowseEntry): number => compareText(a.note.title, b.note.title);

/** Notes that pass the filters, in the chosen order (ties by title). */
export function browseNotes(
  notes: readonly NoteSummary[],
  query: BrowseQuery,
  snapshot: StudySnapshot | null,
  now: number,
): BrowseEntry[] {
  const entries = notes
    .filter((note) => !query.deck || isInDeck(note, query.deck))
    // Tags are written by hand: `llm` in an address finds notes tagged `LLM`.
    .filter((note) => !query.tag || note.tags.some((tag) => tag.toLowerCase() === query.tag?.toLowerCase()))
    .filter((note) => !query.difficulty || note.difficulty === query.difficulty)
    .map((note) => ({ note, due: snapshot ? dueNow(note, snapshot, now) : null }));
  switch (query.sort) {
    case 'title':
      return entries.sort(byTitle);
    case 'date':
      // Newest first; undated notes last.
      return entries.sort((a, b) => (b.note.date ?? '').localeCompare(a.note.date ?? '') || byTitle(a, b));
    case 'due':
      return entries.sort((a, b) => (b.due ?? 0) - (a.due ?? 0) || byTitle(a, b));
  }
}

/** Every tag with how many notes carry it, most used first. */
export function tagCounts(notes: readonly NoteSummary[]): { tag: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const note of notes) for (const tag of note.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || compareText(a.tag, b.tag));
}
