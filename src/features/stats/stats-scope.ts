import { compareText, isInDeck, type NoteSummary, type StatsScope } from '../../core';

/** What the statistics cover, as the address says: `?deck=…`, `?tag=…`, or everything. */
export type StatsFilter = { kind: 'all' } | { kind: 'deck'; deck: string } | { kind: 'tag'; tag: string };

export function filterOfParams(params: URLSearchParams): StatsFilter {
  const deck = params.get('deck');
  if (deck) return { kind: 'deck', deck };
  const tag = params.get('tag');
  if (tag) return { kind: 'tag', tag };
  return { kind: 'all' };
}

/** The select's value for a filter, and back: "all", "deck:<name>", "tag:<name>". */
export function filterValue(filter: StatsFilter): string {
  return filter.kind === 'all' ? 'all' : filter.kind === 'deck' ? `deck:${filter.deck}` : `tag:${filter.tag}`;
}

export function paramsOfValue(value: string): Record<string, string> {
  if (value.startsWith('deck:')) return { deck: value.slice(5) };
  if (value.startsWith('tag:')) return { tag: value.slice(4) };
  return {};
}

export function filterOfValue(value: string): StatsFilter {
  return filterOfParams(new URLSearchParams(paramsOfValue(value)));
}

export function listTags(notes: readonly NoteSummary[]): string[] {
  return [...new Set(notes.flatMap((note) => note.tags))].sort(compareText);
}

/** The cards and notes in scope, as plain data the worker can receive. */
export function scopeOfFilter(notes: readonly NoteSummary[], filter: StatsFilter): StatsScope {
  const chosen = notes.filter((note) =>
    filter.kind === 'all'
      ? true
      : filter.kind === 'deck'
        ? isInDeck(note, filter.deck)
        : note.tags.includes(filter.tag),
  );
  return {
    notes: chosen.map((note) => ({ id: note.id, deck: note.deck, tags: note.tags })),
    cards: chosen.flatMap((note) => note.cards.map((card) => ({ id: card.id, noteId: note.id }))),
  };
}
