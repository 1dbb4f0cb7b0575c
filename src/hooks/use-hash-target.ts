import { useEffect, useRef, type RefObject } from 'react';
import { useLocation } from 'react-router';

/**
 * Arriving at `#id` (a link to one section of a page): brings the section
 * into view and puts the reader at its `focusSelector` element, once the
 * section is drawn (`ready`). The router does not scroll to hashes itself.
 */
export function useHashTarget<T extends HTMLElement>(
  id: string,
  focusSelector: string,
  ready = true,
): RefObject<T | null> {
  const { hash } = useLocation();
  const ref = useRef<T>(null);
  useEffect(() => {
    if (!ready || hash !== `#${id}`) return;
    ref.current?.scrollIntoView?.();
    ref.current?.querySelector<HTMLElement>(focusSelector)?.focus();
  }, [hash, id, focusSelector, ready]);
  return ref;
}
