import { CARD_KINDS, type CardKind } from '../card-types';

/**
 * Which kinds of card the learner studies: one choice for every deck, and
 * choices of their own for the decks they set apart (as Anki's deck option
 * presets). A deck without one follows its nearest parent that has one,
 * then the global choice. Stored as one setting for the global choice and
 * one per deck, so a backup carries them and merging two devices' backups
 * keeps each deck's newest choice rather than one device's whole set.
 */
export type KindChoice = Record<CardKind, boolean>;

export interface CardKindSettings {
  kinds: KindChoice;
  /** Deck (folder path) → its own choice. */
  decks: Record<string, KindChoice>;
}

export const CARD_KINDS_KEY = 'cardKinds';
/** `cardKinds:deck:<deck>`: a deck's own choice, or null once it follows its parent again (kept, so a merge sees the removal). */
export const DECK_KINDS_KEY_PREFIX = 'cardKinds:deck:';

/** A new learner gets every kind. */
export const ALL_KINDS: KindChoice = { qa: true, table: true, concept: true, code: true };

/**
 * A learner who studied before the other kinds existed keeps the queue
 * they had (questions only) until they turn the others on.
 */
export const QUESTIONS_ONLY: KindChoice = { qa: true, table: false, concept: false, code: false };

export const DEFAULT_CARD_KIND_SETTINGS: CardKindSettings = { kinds: ALL_KINDS, decks: {} };

function readChoice(value: unknown, fallback: KindChoice): KindChoice {
  const stored = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const choice = { ...fallback };
  for (const kind of CARD_KINDS) if (typeof stored[kind] === 'boolean') choice[kind] = stored[kind];
  return choice;
}

/**
 * The stored values (the global one, and each deck's by deck), whatever a
 * hand-edited backup left in them, over the defaults. A deck whose value is
 * not an object (null: removed) follows its parent.
 */
export function readCardKindSettings(global: unknown, deckValues: readonly [string, unknown][] = []): CardKindSettings {
  const kinds = readChoice(global, ALL_KINDS);
  const decks: Record<string, KindChoice> = {};
  for (const [deck, value] of deckValues) {
    if (typeof value === 'object' && value !== null) decks[deck] = readChoice(value, kinds);
  }
  return { kinds, decks };
}

/** The deck whose choice applies to `deck`: itself, its nearest parent with a choice, or null (the global one). */
export function kindChoiceOwner(settings: CardKindSettings, deck: string): string | null {
  for (let folder = deck; ; folder = folder.slice(0, Math.max(0, folder.lastIndexOf('/')))) {
    if (Object.hasOwn(settings.decks, folder)) return folder;
    if (folder === '') return null;
  }
}

export function kindsForDeck(settings: CardKindSettings, deck: string): KindChoice {
  const owner = kindChoiceOwner(settings, deck);
  return owner === null ? settings.kinds : (settings.decks[owner] ?? settings.kinds);
}

/** How many cards of each kind there are among `cards`. */
export type KindCounts = Record<CardKind, number>;

export function countKinds(cards: readonly { kind: CardKind }[]): KindCounts {
  const counts: KindCounts = { qa: 0, table: 0, concept: 0, code: 0 };
  for (const card of cards) counts[card.kind] += 1;
  return counts;
}
