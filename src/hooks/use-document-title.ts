import { useEffect } from 'react';

/** Names the browser tab after what the page shows, and gives the name back on leaving. */
export function useDocumentTitle(title: string | null): void {
  useEffect(() => {
    if (!title) return;
    const previous = document.title;
    document.title = title;
    return () => {
      document.title = previous;
    };
  }, [title]);
}
