import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { buildNoteCards, decodeNoteFile, noteIdFromPath, normalizePath, parseNote } from '../../src/core/index';
import type { Card, NoteWarning, ParsedNote } from '../../src/core/index';

/** One markdown file of a folder, read and carded through the core. */
export interface LoadedNote {
  /** Path relative to the folder: NFC, `/`-separated. */
  path: string;
  noteId: string;
  note?: ParsedNote;
  cards: Card[];
  warnings: NoteWarning[];
}

/** Every `*.md` under `root`, sorted by path so output is stable across file systems. */
export function listMarkdownFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && /\.md$/i.test(entry.name)) found.push(full);
    }
  };
  walk(root);
  return found.sort((a, b) => relativePath(root, a).localeCompare(relativePath(root, b)));
}

export function relativePath(root: string, file: string): string {
  return normalizePath(relative(root, file).split(sep).join('/'));
}

export function loadNote(root: string, file: string): LoadedNote {
  const path = relativePath(root, file);
  const noteId = noteIdFromPath(path);
  const decoded = decodeNoteFile(readFileSync(file));
  if ('warning' in decoded) return { path, noteId, cards: [], warnings: [decoded.warning] };
  const note = parseNote(decoded.text, { fileName: noteId.split('/').pop() ?? noteId });
  return { path, noteId, note, cards: buildNoteCards(noteId, note), warnings: note.warnings };
}

/** Throws with a one-line reason when `root` is not a readable folder. */
export function assertReadableFolder(root: string): void {
  let isFolder: boolean;
  try {
    isFolder = statSync(root).isDirectory();
    if (isFolder) readdirSync(root);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? `no such folder: ${root}` : `cannot read ${root} (${code ?? 'unknown error'})`);
  }
  if (!isFolder) throw new Error(`not a folder: ${root}`);
}
