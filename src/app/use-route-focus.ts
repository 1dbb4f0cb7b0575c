import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After an in-app navigation, focus the new page's <h1> (or <main> while the
 * page is still loading), as a full page load would put the reader at the top:
 * a screen reader then reads the new page's title, and Tab starts from there
 * instead of from a header link on the page left behind. A page that placed
 * focus itself (the quiz's question, the interview's answer box) keeps it,
 * and so does an in-page jump to a `#section`.
 */
export function useRouteFocus(): void {
  const { pathname, hash } = useLocation();
  // The first page load keeps the browser's own focus; StrictMode's second run sees no change either.
  const previous = useRef(pathname);

  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    if (hash) return;
    const main = document.getElementById('main');
    if (!main || (main.contains(document.activeElement) && document.activeElement !== main)) return;
    const heading = main.querySelector<HTMLElement>('h1');
    const target = heading ?? main;
    // A heading is not focusable of itself; -1 keeps it out of the Tab order.
    if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
    target.focus();
  }, [pathname, hash]);
}
