import { db } from '../../db';
import { loadStats, type StatsRequest, type StatsResponse } from './load-stats';

/** The worker's side of postMessage (the app's TypeScript lib is the DOM's, not the worker's). */
const worker = self as unknown as {
  onmessage: ((event: MessageEvent<StatsRequest>) => void) | null;
  postMessage(message: StatsResponse): void;
};

/**
 * Reads the card log and computes the statistics off the main thread: a
 * million log entries take a second or more, which would freeze the page.
 */
worker.onmessage = (event) => {
  const { id, scope, now } = event.data;
  loadStats(db, scope, now).then(
    (stats) => worker.postMessage({ id, stats }),
    (error: unknown) =>
      worker.postMessage({ id, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }),
  );
};
