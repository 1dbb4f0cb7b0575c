import type { ImportProgress, ImportRequest, ImportResponse } from './import-messages';
import type { PickedResult } from './prepare-picked-files';

export interface RunningImport {
  result: Promise<PickedResult | { kind: 'cancelled' }>;
  cancel(): void;
}

/** Starts preparing an import in a worker; `cancel` stops it at once and nothing is stored. */
export function runImport(request: ImportRequest, onProgress: (progress: ImportProgress) => void): RunningImport {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  let settle: (value: PickedResult | { kind: 'cancelled' }) => void = () => undefined;
  const result = new Promise<PickedResult | { kind: 'cancelled' }>((resolve, reject) => {
    settle = resolve;
    worker.onmessage = (event: MessageEvent<ImportResponse>) => {
      const message = event.data;
      if (message.kind === 'progress') return onProgress(message.progress);
      worker.terminate();
      if (message.kind === 'failed') reject(new Error(message.message));
      else resolve(message);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the import worker failed'));
    };
  });
  worker.postMessage(request);
  return {
    result,
    cancel: () => {
      worker.terminate();
      settle({ kind: 'cancelled' });
    },
  };
}
