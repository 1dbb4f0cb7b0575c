import type { Snippet } from '../../core';

/** A snippet with its matches in <mark>, built as React elements (never as HTML). */
export function HighlightedText({ snippet }: { snippet: Snippet }) {
  const pieces: React.ReactNode[] = [];
  let position = 0;
  for (const { start, end } of snippet.highlights) {
    if (start < position || end <= start) continue;
    pieces.push(snippet.text.slice(position, start), <mark key={start}>{snippet.text.slice(start, end)}</mark>);
    position = end;
  }
  pieces.push(snippet.text.slice(position));
  return <>{pieces}</>;
}
