import { noteIdFromPath } from '../cards/card-id';
import type { CompiledNote } from '../content/compiled-note';
import { compileNote } from '../content/compile-note';
import { searchDocumentOfFile } from '../search/search-document';
import type { SearchDocument } from '../search/search-types';
import { decodeNoteFile } from '../text/decode-note-file';
import type { FileKind, SkippedFile, UnreadableNoteCode } from './import-files';

/** A note file ready to store: its bytes as given, the note compiled from them and its searchable text. */
export interface PreparedNote {
  path: string;
  bytes: Uint8Array;
  compiled: CompiledNote;
  search: SearchDocument;
}

export interface PreparedFile {
  path: string;
  bytes: Uint8Array;
  type: string;
}

export interface PreparedImport {
  notes: PreparedNote[];
  files: PreparedFile[];
  /** Note files that cannot be read as text: never stored, so they cannot replace a good note. */
  skipped: SkippedFile[];
}

/**
 * Where an imported image goes in a note's HTML: the attribute the reader
 * fills with the image from the library (a blob: URL), since no server
 * holds it. The marker is what the compiler writes as the image's URL; it
 * is ours alone, as a note's text reaches the HTML only escaped.
 */
export const LIBRARY_IMAGE_ATTRIBUTE = 'data-library-src';
const IMAGE_MARKER = 'mundap-library:';

const IMAGE_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
  avif: 'image/avif',
};

function imageType(path: string): string {
  return IMAGE_TYPES[path.slice(path.lastIndexOf('.') + 1).toLowerCase()] ?? 'application/octet-stream';
}

/** The compiled note with each image's marker URL turned into the reader's attribute. */
function withLibraryImages(note: CompiledNote): CompiledNote {
  const json = JSON.stringify(note);
  if (!json.includes(IMAGE_MARKER)) return note;
  return JSON.parse(json.replaceAll(`src=\\"${IMAGE_MARKER}`, `${LIBRARY_IMAGE_ATTRIBUTE}=\\"`)) as CompiledNote;
}

/**
 * Compiles the notes of an import, as the build does for bundled notes:
 * links resolve against every note the app will know (`knownNoteIds` and
 * this import's), images against this import's and the library's
 * (`knownImages`). Never throws on bad content: a file that is not text
 * is skipped with its reason, and a note with other faults is compiled
 * with its warnings.
 */
export function prepareImport(
  files: readonly { path: string; kind: FileKind; bytes: Uint8Array }[],
  known: { noteIds: ReadonlySet<string>; images: ReadonlySet<string> },
  onProgress?: (done: number, total: number) => void,
): PreparedImport {
  const noteFiles = files.filter((file) => file.kind === 'note');
  const noteIds = new Set([...known.noteIds, ...noteFiles.map((file) => noteIdFromPath(file.path))]);
  const images = new Set([...known.images, ...files.filter((f) => f.kind === 'image').map((f) => f.path)]);
  const context = {
    hasNote: (id: string) => noteIds.has(id),
    assetUrl: (path: string) => (images.has(path) ? IMAGE_MARKER + encodeURI(path) : null),
  };
  const notes: PreparedNote[] = [];
  const skipped: SkippedFile[] = [];
  for (const [index, file] of noteFiles.entries()) {
    onProgress?.(index, noteFiles.length);
    const decoded = decodeNoteFile(file.bytes);
    if ('warning' in decoded) {
      // decodeNoteFile warns only with these codes.
      skipped.push({ path: file.path, reason: { code: decoded.warning.code as UnreadableNoteCode } });
      continue;
    }
    notes.push({
      path: file.path,
      bytes: file.bytes,
      compiled: withLibraryImages(compileNote(file.path, file.bytes, context)),
      search: searchDocumentOfFile(file.path, file.bytes),
    });
  }
  onProgress?.(noteFiles.length, noteFiles.length);
  return {
    notes,
    skipped,
    files: files
      .filter((file) => file.kind === 'image')
      .map((file) => ({ path: file.path, bytes: file.bytes, type: imageType(file.path) })),
  };
}
