import { prepareImport, type PreparedNote } from '../core';

export interface RecompileRequest {
  stale: { path: string; bytes: Uint8Array }[];
  known: { noteIds: string[]; images: string[] };
}

export type RecompileResponse = { kind: 'done'; notes: PreparedNote[] } | { kind: 'failed'; message: string };

const worker = self as unknown as {
  onmessage: ((event: MessageEvent<RecompileRequest>) => void) | null;
  postMessage(message: RecompileResponse): void;
};

/** Compiles stored notes again off the main thread (hundreds of notes take seconds). */
worker.onmessage = (event) => {
  try {
    const { stale, known } = event.data;
    const prepared = prepareImport(
      stale.map((file) => ({ ...file, kind: 'note' as const })),
      { noteIds: new Set(known.noteIds), images: new Set(known.images) },
    );
    worker.postMessage({ kind: 'done', notes: prepared.notes });
  } catch (error) {
    worker.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
