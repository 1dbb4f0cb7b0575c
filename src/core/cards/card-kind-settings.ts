import { CARD_KINDS, type CardKind } from '../card-types';

/**
 * Which kinds of card the learner studies: one choice for every deck, and
 * choices of their own for the decks they set apart (as Anki's deck option
 * presets). A deck without one follows its nearest parent that has one,
 * then the global choice. Stored as one setting, so a backup carries it.
 */
export type KindChoice = Record<CardKind, boolean>;

export interface CardKindSettings {
  kinds: KindChoice;
  /** Deck (folder path) → its own choice. */
  decks: Record<string, KindChoice>;
}

export const CARD_KINDS_KEY = 'cardKinds';

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

/** The stored value, whatever shape an older version or a hand-edited backup left it in, over the defaults. */
export function readCardKindSettings(value: unknown): CardKindSettings {
  if (typeof value !== 'object' || value === null) return DEFAULT_CARD_KIND_SETTINGS;
  const stored = value as { kinds?: unknown; decks?: unknown };
  const kinds = readChoice(stored.kinds, ALL_KINDS);
  const decks: Record<string, KindChoice> = {};
  if (typeof stored.decks === 'object' && stored.decks !== null) {
    for (const [deck, choice] of Object.entries(stored.decks)) decks[deck] = readChoice(choice, kinds);
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

/** The settings with one deck's own choice set, or removed (null) so it follows its parent again. */
export function withDeckKinds(settings: CardKindSettings, deck: string, choice: KindChoice | null): CardKindSettings {
  const decks = { ...settings.decks };
  if (choice) decks[deck] = choice;
  else delete decks[deck];
  return { ...settings, decks };
}

/** How many cards of each kind there are among `cards`. */
export type KindCounts = Record<CardKind, number>;

export function countKinds(cards: readonly { kind: CardKind }[]): KindCounts {
  const counts: KindCounts = { qa: 0, table: 0, concept: 0, code: 0 };
  for (const card of cards) counts[card.kind] += 1;
  return counts;
}
