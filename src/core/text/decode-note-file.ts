import type { NoteWarning } from '../note-types';

export type DecodedNoteFile = { text: string } | { warning: NoteWarning };

/**
 * Bytes of a note file to text, or a warning when there is nothing to parse.
 * A file that is not UTF-8 or holds NUL bytes (a binary dropped into the
 * folder) must not crash the import nor turn into a note of mojibake.
 */
export function decodeNoteFile(bytes: Uint8Array): DecodedNoteFile {
  if (bytes.includes(0)) {
    return {
      warning: { code: 'binary-file', message: 'binary file: it holds NUL bytes, so it is not a markdown note' },
    };
  }
  let text: string;
  try {
    // ignoreBOM keeps the BOM in the text; normalizeText strips it with the rest of the hygiene.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { warning: { code: 'not-utf8', message: 'not UTF-8: save the file with UTF-8 encoding' } };
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    return { warning: { code: 'empty-file', message: 'empty file: the note has no text' } };
  }
  return { text };
}
