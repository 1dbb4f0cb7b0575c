import type { CardRecord } from '../scheduler/card-record';
import type { Scheduler } from '../scheduler/fsrs-adapter';
import { compareText } from '../text/compare-text';
import { MATURE_INTERVAL_DAYS } from './card-counts';
import type { CardRecords, StatsScope } from './stats-types';

/** How well a deck or a tag is held in memory. */
export interface GroupStrength {
  name: string;
  cards: number;
  /** Cards rated at least once (not new). */
  reviewed: number;
  mature: number;
  /** Mean FSRS probability of recall now over the reviewed cards, 0–1; null when none is reviewed. */
  averageRetrievability: number | null;
  /** Mature cards among all the group's cards, 0–1. */
  matureShare: number;
}

interface Tally {
  cards: number;
  reviewed: number;
  mature: number;
  recall: number;
}

/** A deck and its parent decks, as listDecks names them ('a', 'a/b', …); none for notes at the top. */
function deckPath(deck: string): string[] {
  if (!deck) return [];
  const parts = deck.split('/');
  return parts.map((_, index) => parts.slice(0, index + 1).join('/'));
}

/** Weakest first: lowest recall, then fewest mature cards; groups nobody reviewed last. */
function weakestFirst(a: GroupStrength, b: GroupStrength): number {
  if (a.averageRetrievability === null || b.averageRetrievability === null) {
    if (a.averageRetrievability !== b.averageRetrievability) return a.averageRetrievability === null ? 1 : -1;
  } else if (a.averageRetrievability !== b.averageRetrievability) {
    return a.averageRetrievability - b.averageRetrievability;
  }
  return a.matureShare - b.matureShare || compareText(a.name, b.name);
}

function strengths(tallies: Map<string, Tally>): GroupStrength[] {
  return [...tallies]
    .map(([name, { cards, reviewed, mature, recall }]) => ({
      name,
      cards,
      reviewed,
      mature,
      averageRetrievability: reviewed > 0 ? recall / reviewed : null,
      matureShare: cards > 0 ? mature / cards : 0,
    }))
    .sort(weakestFirst);
}

/**
 * Per deck (parents include their sub-decks) and per tag: how many cards,
 * how many reviewed and mature, and the mean retrievability of the reviewed
 * ones, computed once per card.
 */
export function groupStrengths(
  scope: StatsScope,
  records: CardRecords,
  scheduler: Pick<Scheduler, 'retrievability'>,
  now: number,
): { decks: GroupStrength[]; tags: GroupStrength[] } {
  const decks = new Map<string, Tally>();
  const tags = new Map<string, Tally>();
  const groupsOfNote = new Map<string, Tally[]>();
  const tallyOf = (groups: Map<string, Tally>, name: string) => {
    let tally = groups.get(name);
    if (!tally) groups.set(name, (tally = { cards: 0, reviewed: 0, mature: 0, recall: 0 }));
    return tally;
  };
  for (const note of scope.notes) {
    groupsOfNote.set(note.id, [
      ...deckPath(note.deck).map((name) => tallyOf(decks, name)),
      ...[...new Set(note.tags)].map((name) => tallyOf(tags, name)),
    ]);
  }
  for (const card of scope.cards) {
    const groups = groupsOfNote.get(card.noteId);
    if (!groups) continue;
    const record: CardRecord | undefined = records.get(card.id);
    const reviewed = record !== undefined && record.phase !== 'new';
    const recall = reviewed ? scheduler.retrievability(record, now) : 0;
    const mature = reviewed && record.phase === 'review' && record.scheduledDays >= MATURE_INTERVAL_DAYS;
    for (const tally of groups) {
      tally.cards += 1;
      if (!reviewed) continue;
      tally.reviewed += 1;
      tally.recall += recall;
      if (mature) tally.mature += 1;
    }
  }
  return { decks: strengths(decks), tags: strengths(tags) };
}
