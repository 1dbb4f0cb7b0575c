import { useSyncExternalStore } from 'react';
import { loadNoteBody as loadCompiledBody, notes as bundledNotes } from 'virtual:mundap-content';
import type { CardKindSettings, CompiledCard, CompiledNote, NoteBody, NoteSummary } from '../core';
import { compareText, DEFAULT_CARD_KIND_SETTINGS, isNoteHidden, kindsForDeck, topDeckOf } from '../core';

/**
 * The notes the app knows: those compiled at build time and those the
 * learner imported into the library (kept in IndexedDB, set here once read).
 * A library note with the id of a bundled one takes its place, a deck's
 * bundled or library notes are left out while the learner has them off,
 * and so are the kinds of card the learner does not study there (a note's
 * `cards` are the ones studied; `findCard` still finds the others, so an
 * interview begun before a kind was turned off can go on).
 * Features read
 * notes and cards through these functions only, so where notes come from
 * can change without touching them; components use `useNotes()` so they
 * redraw when the library changes (here or in another tab).
 */
/** A top-level deck and how many notes each source has in it, whether turned on or off. */
export interface DeckSources {
  deck: string;
  bundled: number;
  library: number;
}

interface NoteSet {
  notes: readonly NoteSummary[];
  allCards: ReadonlyMap<string, readonly CompiledCard[]>;
  /** Notes left out because their deck's source is turned off. */
  hiddenIds: ReadonlySet<string>;
  sources: readonly DeckSources[];
  noteById: ReadonlyMap<string, NoteSummary>;
  cardById: ReadonlyMap<string, CompiledCard>;
  libraryBodies: ReadonlyMap<string, NoteBody>;
}

function deckSources(bundled: readonly NoteSummary[], library: readonly NoteSummary[]): DeckSources[] {
  const counts = new Map<string, DeckSources>();
  const count = (note: NoteSummary, source: 'bundled' | 'library'): void => {
    const deck = topDeckOf(note.id);
    const entry = counts.get(deck) ?? { deck, bundled: 0, library: 0 };
    entry[source] += 1;
    counts.set(deck, entry);
  };
  bundled.forEach((note) => count(note, 'bundled'));
  library.forEach((note) => count(note, 'library'));
  return [...counts.values()].sort((a, b) => compareText(a.deck, b.deck));
}

function withStudiedKinds(note: NoteSummary, kinds: CardKindSettings): NoteSummary {
  const studied = kindsForDeck(kinds, note.deck);
  const cards = note.cards.filter((card) => studied[card.kind]);
  return cards.length === note.cards.length ? note : { ...note, cards };
}

function noteSet(library: readonly CompiledNote[], hiddenDecks: readonly string[], kinds: CardKindSettings): NoteSet {
  const libraryIds = new Set(library.map((note) => note.id));
  const hidden = new Set(hiddenDecks);
  const bundled = bundledNotes.filter((note) => !libraryIds.has(note.id));
  const shownNotes = [
    ...bundled.filter((note) => !isNoteHidden(hidden, 'bundled', note.id)),
    ...library.filter((note) => !isNoteHidden(hidden, 'library', note.id)),
  ].sort((a, b) => compareText(a.id, b.id));
  const notes = shownNotes.map((note) => withStudiedKinds(note, kinds));
  const shown = new Set(notes.map((note) => note.id));
  return {
    notes,
    allCards: new Map(shownNotes.map((note) => [note.id, note.cards])),
    hiddenIds: new Set([...bundled, ...library].map((note) => note.id).filter((id) => !shown.has(id))),
    sources: deckSources(bundled, library),
    noteById: new Map(notes.map((note) => [note.id, note])),
    cardById: new Map(shownNotes.flatMap((note) => note.cards.map((card) => [card.id, card] as const))),
    libraryBodies: new Map(library.map((note) => [note.id, note.body])),
  };
}

let current = noteSet([], [], DEFAULT_CARD_KIND_SETTINGS);
/** Whether the library has been read once: until then an imported note's link would look dead. */
let libraryLoaded = false;
const listeners = new Set<() => void>();

/** The library, the decks turned off and the kinds studied, as read from the database; every reader of notes sees them from now on. */
export function setLibraryNotes(
  library: readonly CompiledNote[],
  hiddenDecks: readonly string[],
  kinds: CardKindSettings = DEFAULT_CARD_KIND_SETTINGS,
): void {
  current = noteSet(library, hiddenDecks, kinds);
  libraryLoaded = true;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const isLibraryLoaded = (): boolean => libraryLoaded;

/** True once the library has been read; pages wait for it so a deep link to an imported note finds it. */
export function useLibraryLoaded(): boolean {
  return useSyncExternalStore(subscribe, isLibraryLoaded);
}

export function allNotes(): readonly NoteSummary[] {
  return current.notes;
}

/** Every note, bundled and imported; the component redraws when the library changes. */
export function useNotes(): readonly NoteSummary[] {
  return useSyncExternalStore(subscribe, allNotes);
}

function deckSourcesNow(): readonly DeckSources[] {
  return current.sources;
}

/** Every top-level deck with its notes per source, including sources turned off (for the switches). */
export function useDeckSources(): readonly DeckSources[] {
  return useSyncExternalStore(subscribe, deckSourcesNow);
}

export function findNote(id: string): NoteSummary | undefined {
  return current.noteById.get(id);
}

/** Whether a note exists but its deck's source is turned off (so a link to it can say so). */
export function isNoteTurnedOff(id: string): boolean {
  return current.hiddenIds.has(id);
}

export function findCard(id: string): CompiledCard | undefined {
  return current.cardById.get(id);
}

/** Every card of a note, of the kinds studied or not (a comparison question reads the other cells of its table). */
export function allCardsOf(noteId: string): readonly CompiledCard[] {
  return current.allCards.get(noteId) ?? [];
}

/** The rendered body of a note; a bundled one is loaded on demand so the first screen stays small. */
export function loadNoteBody(id: string): Promise<NoteBody | null> {
  const library = current.libraryBodies.get(id);
  return library ? Promise.resolve(library) : loadCompiledBody(id);
}
