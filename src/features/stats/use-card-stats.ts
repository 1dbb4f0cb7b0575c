import { useCallback, useEffect, useRef, useState } from 'react';
import type { CardStats, StatsScope } from '../../core';
import { db, readReviewLogVersion } from '../../db';
import { useStoredQuery } from '../../hooks/use-stored-query';
import { loadStats, type StatsRequest, type StatsResponse } from './load-stats';

export type CardStatsState =
  | { status: 'loading' }
  | { status: 'unavailable' }
  | { status: 'error'; message: string }
  /** `updating`: newer figures are being computed; these stay on screen meanwhile. */
  | { status: 'ready'; stats: CardStats; scope: StatsScope; updating: boolean };

type Compute = (scope: StatsScope, now: number) => Promise<CardStats>;

interface PendingRequest {
  answer: (response: StatsResponse) => void;
  /** Computes the request in the page instead, when the worker fails. */
  inPage: () => void;
}

/**
 * The worker when the browser has one (the computation then never blocks the
 * page); the same loader in the page otherwise (jsdom, or a worker that
 * failed to start).
 */
function useCompute(): Compute {
  const worker = useRef<{ instance: Worker; pending: Map<number, PendingRequest> } | null>(null);
  const nextId = useRef(0);
  useEffect(
    () => () => {
      worker.current?.instance.terminate();
      worker.current = null;
    },
    [],
  );

  return useCallback<Compute>((scope, now) => {
    const inPage = () => loadStats(db, scope, now);
    if (typeof Worker === 'undefined') return inPage();
    if (!worker.current) {
      const instance = new Worker(new URL('./stats.worker.ts', import.meta.url), { type: 'module' });
      const pending = new Map<number, PendingRequest>();
      instance.onmessage = (event: MessageEvent<StatsResponse>) => {
        pending.get(event.data.id)?.answer(event.data);
        pending.delete(event.data.id);
      };
      instance.onerror = (event) => {
        // A worker that cannot start (an old browser, a blocked script) leaves the work to the page.
        event.preventDefault();
        if (worker.current?.instance === instance) worker.current = null;
        instance.terminate();
        for (const request of pending.values()) request.inPage();
        pending.clear();
      };
      worker.current = { instance, pending };
    }
    const { instance, pending } = worker.current;
    const id = (nextId.current += 1);
    return new Promise<CardStats>((resolve, reject) => {
      pending.set(id, {
        answer: (response) => ('stats' in response ? resolve(response.stats) : reject(new Error(response.error))),
        inPage: () => void inPage().then(resolve, reject),
      });
      instance.postMessage({ id, scope, now } satisfies StatsRequest);
    });
  }, []);
}

/**
 * Statistics for `scope`, recomputed whenever the card log changes (a rating
 * here or in another tab, an undo, an import) or the scope does.
 */
export function useCardStats(scope: StatsScope): CardStatsState {
  const version = useStoredQuery<string | null>(() => readReviewLogVersion(db), [], null);
  const compute = useCompute();
  const [state, setState] = useState<CardStatsState>({ status: 'loading' });

  useEffect(() => {
    if (version === undefined) return;
    if (version === null) {
      setState({ status: 'unavailable' });
      return;
    }
    let current = true;
    // The same scope's figures stay up while they are brought up to date; another scope's do not.
    setState((previous) =>
      previous.status === 'ready' && previous.scope === scope ? { ...previous, updating: true } : { status: 'loading' },
    );
    compute(scope, Date.now()).then(
      (stats) => current && setState({ status: 'ready', stats, scope, updating: false }),
      (error: unknown) =>
        current && setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [compute, scope, version]);

  return state;
}
