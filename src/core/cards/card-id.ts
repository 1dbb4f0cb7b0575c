import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { CardKind } from '../card-types';
import { collapseWhitespace, normalizePath } from '../text/normalize';

/**
 * A card's id hashes only the note id and the question text, so editing
 * anything else in a note (the answer included) keeps the card, and with it
 * the learner's review history. Whitespace and Unicode form are normalised
 * first: re-wrapping a line or saving on macOS (NFD) must not reset progress.
 */
export function cardId(noteId: string, frontText: string, kind: CardKind = 'qa'): string {
  // "qa" ids predate the other kinds and must not change; the others name their kind.
  const front = collapseWhitespace(frontText.normalize('NFC'));
  const key = kind === 'qa' ? `${noteId.normalize('NFC')}\n${front}` : `${noteId.normalize('NFC')}\n${kind}\n${front}`;
  return `c${bytesToHex(sha256(utf8ToBytes(key))).slice(0, 16)}`;
}

/** A note's id: its path under content/ without `.md`, NFC, `/`-separated. */
export function noteIdFromPath(relativePath: string): string {
  return normalizePath(relativePath)
    .replace(/^(\.\/)+|^\/+/, '')
    .replace(/\.(md|markdown)$/i, '');
}
