import { useCallback, useState } from 'react';
import type { SearchIndex } from '../../core';
import { loadSearchIndex } from '../../data/search';

type IndexState = { status: 'idle' | 'loading' | 'failed'; index: null } | { status: 'ready'; index: SearchIndex };

/**
 * The search index, fetched on first use rather than at start: `load` is
 * called when the search box gets focus or a key. Calling it again picks up
 * notes added since (it resolves at once when nothing changed).
 */
export function useSearchIndex(): IndexState & { load: () => void } {
  const [state, setState] = useState<IndexState>({ status: 'idle', index: null });
  const load = useCallback(() => {
    setState((current) => (current.index ? current : { status: 'loading', index: null }));
    loadSearchIndex().then(
      (index) => setState((current) => (current.index === index ? current : { status: 'ready', index })),
      () => setState((current) => (current.index ? current : { status: 'failed', index: null })),
    );
  }, []);
  return { ...state, load };
}
