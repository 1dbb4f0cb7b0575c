import type { ImportRequest, ImportResponse } from './import-messages';
import { preparePickedFiles } from './prepare-picked-files';

/** The worker's side of postMessage (the app's TypeScript lib is the DOM's, not the worker's). */
const worker = self as unknown as {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage(message: ImportResponse): void;
};

/**
 * Reads and compiles an import off the main thread: a thousand notes take
 * seconds of parsing and rendering, which would freeze the page. The page
 * stores the result; cancelling terminates this worker.
 */
worker.onmessage = (event) => {
  preparePickedFiles(event.data, (progress) => worker.postMessage({ kind: 'progress', progress })).then(
    (result) => worker.postMessage(result),
    (error: unknown) =>
      worker.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
};
