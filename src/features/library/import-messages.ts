import type { PreparedImport, SkippedFile, ZipRefusal } from '../../core';

/** A picked file and where it sits in what the learner picked (a folder's relative path, a zip's name). */
export interface PickedFile {
  path: string;
  file: File;
}

/** What the page asks the import worker. */
export interface ImportRequest {
  files: PickedFile[];
  /** Notes and images the app already has, so links and images between old and new notes resolve. */
  known: { noteIds: string[]; images: string[] };
}

export type ImportProgress = { phase: 'reading' | 'compiling'; done: number; total: number };

export type ImportResponse =
  | { kind: 'progress'; progress: ImportProgress }
  | { kind: 'done'; prepared: PreparedImport; skipped: SkippedFile[] }
  | { kind: 'refused'; zip: string; refusal: ZipRefusal }
  | { kind: 'failed'; message: string };
