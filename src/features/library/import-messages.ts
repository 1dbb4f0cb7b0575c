import type { PreparedImport, SkippedFile, ZipRefusal } from '../../core';

/** A picked file and where it sits in what the learner picked (a folder's relative path, a zip's name). */
export interface PickedFile {
  path: string;
  file: File;
}

/** What the page asks the import worker. */
export interface ImportRequest {
  files: PickedFile[];
  /**
   * What the app already has: every note id (so links from new notes to old ones resolve) and the
   * library's file paths (so images resolve, and picked paths land where the notes they update are).
   */
  known: { noteIds: string[]; libraryPaths: string[] };
}

export type ImportProgress = { phase: 'reading' | 'compiling'; done: number; total: number };

export type ImportResponse =
  | { kind: 'progress'; progress: ImportProgress }
  | { kind: 'done'; prepared: PreparedImport; skipped: SkippedFile[] }
  | { kind: 'refused'; zip: string; refusal: ZipRefusal }
  | { kind: 'failed'; message: string };
