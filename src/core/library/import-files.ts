import type { WarningCode } from '../note-types';
import { normalizePath } from '../text/normalize';

/**
 * What the library accepts, and why it turns a file away. Notes are
 * markdown; images sit next to them and are shown in the reader; anything
 * else in a folder or zip is listed as skipped, never silently dropped.
 */
export const IMPORT_LIMITS = {
  /** One note or image; a real note is a few tens of kilobytes. */
  fileBytes: 5 * 1024 * 1024,
  zipBytes: 200 * 1024 * 1024,
  zipEntries: 20_000,
  /** Beyond this, an entry (or the whole archive) is a zip bomb, not text. */
  zipRatio: 100,
} as const;

const NOTE_EXTENSIONS = ['.md', '.markdown'];
const IMAGE_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.gif', '.webp', '.svg', '.avif'];
/** Files that operating systems and editors leave in folders and zips. */
const SYSTEM_FILE = /(^|\/)(__MACOSX\/|\.DS_Store$|Thumbs\.db$|desktop\.ini$|\.git\/|\.obsidian\/|\._)/i;

export type FileKind = 'note' | 'image';

/** Why a file was not imported; the UI words each code. */
export type SkipReason =
  | { code: 'not-markdown' }
  | { code: 'system-file' }
  | { code: 'file-too-large'; bytes: number }
  /** A zip found inside a picked folder: imported on its own, it knows where its notes go. */
  | { code: 'zip-in-folder' }
  /** Read, but not a note: a binary renamed to .md, another encoding, nothing in it. */
  | { code: UnreadableNoteCode };

/** The decoder's warnings that mean a file is no note at all. */
export type UnreadableNoteCode = Extract<WarningCode, 'binary-file' | 'not-utf8' | 'empty-file'>;

export interface SkippedFile {
  path: string;
  reason: SkipReason;
}

export interface PlannedFile {
  /** Path inside the library: NFC, `/`-separated, without the picked folder's own name. */
  path: string;
  /** The path as the browser or the zip gave it, to read the file by. */
  source: string;
  kind: FileKind;
  size: number;
}

export interface ImportPlan {
  files: PlannedFile[];
  skipped: SkippedFile[];
}

function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot).toLowerCase();
}

export function fileKindOf(path: string): FileKind | null {
  const extension = extensionOf(path);
  if (NOTE_EXTENSIONS.includes(extension)) return 'note';
  if (IMAGE_EXTENSIONS.includes(extension)) return 'image';
  return null;
}

/** The first folder every path shares (a picked folder's own name, a zip's top folder), or ''. */
function commonRoot(paths: readonly string[]): string {
  const first = paths[0];
  if (!first || !first.includes('/')) return '';
  const root = first.slice(0, first.indexOf('/') + 1);
  return paths.every((path) => path.startsWith(root)) ? root : '';
}

const fileNameOf = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

/**
 * Where picked paths go in the library. A folder's (or a zip's) own top
 * name is usually not a deck: "my-notes/os/a.md" is "os/a.md". But the
 * learner may pick one deck's folder, or a zip the app exported, to
 * update notes already there: when keeping the top folder names more of
 * the library's notes, it is kept. Single files picked on their own go
 * where the one library note of that file name is, if there is one.
 */
function placePaths(paths: readonly string[], libraryPaths: ReadonlySet<string>): (path: string) => string {
  const root = commonRoot(paths);
  const matches = (strip: string) => paths.filter((path) => libraryPaths.has(path.slice(strip.length))).length;
  if (root && matches('') <= matches(root)) return (path) => path.slice(root.length);
  if (root || paths.some((path) => path.includes('/'))) return (path) => path;
  const byName = new Map<string, string | null>();
  for (const path of libraryPaths) {
    const name = fileNameOf(path);
    byName.set(name, byName.has(name) ? null : path);
  }
  return (path) => byName.get(path) ?? path;
}

/**
 * Sorts what the learner picked (files, a folder or a zip's entries) into
 * notes and images to import and files to skip, with the reason for each.
 * `libraryPaths`, the paths of the files already imported, decide where
 * the picked paths go (see placePaths).
 */
export function planImport(
  entries: readonly { path: string; size: number }[],
  libraryPaths: ReadonlySet<string> = new Set(),
): ImportPlan {
  const normalized = entries.map((entry) => ({ ...entry, normal: normalizePath(entry.path).replace(/^\/+/, '') }));
  const place = placePaths(
    normalized.map((entry) => entry.normal),
    libraryPaths,
  );
  const plan: ImportPlan = { files: [], skipped: [] };
  for (const entry of normalized) {
    const path = place(entry.normal);
    const kind = fileKindOf(path);
    if (SYSTEM_FILE.test(entry.normal)) plan.skipped.push({ path, reason: { code: 'system-file' } });
    else if (kind === null) plan.skipped.push({ path, reason: { code: 'not-markdown' } });
    else if (entry.size > IMPORT_LIMITS.fileBytes) {
      plan.skipped.push({ path, reason: { code: 'file-too-large', bytes: entry.size } });
    } else plan.files.push({ path, source: entry.path, kind, size: entry.size });
  }
  plan.files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return plan;
}
