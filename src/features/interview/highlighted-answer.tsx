import type { ReactNode } from 'react';
import type { KeyPointResult } from '../../core';

type Range = { start: number; end: number };

/** Every key point's matched ranges, sorted, overlaps joined. */
function mergedRanges(keyPoints: readonly KeyPointResult[]): Range[] {
  const merged: Range[] = [];
  for (const { start, end } of keyPoints.flatMap((k) => k.matches).sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else merged.push({ start, end });
  }
  return merged;
}

/**
 * The learner's own text with the words that matched a key point marked.
 * Built from React text nodes, never HTML: whatever was typed stays text.
 */
export function HighlightedAnswer({ text, keyPoints }: { text: string; keyPoints: readonly KeyPointResult[] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const { start, end } of mergedRanges(keyPoints)) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(Math.max(start, at), end)}</mark>);
    at = Math.max(at, end);
  }
  if (at < text.length) parts.push(text.slice(at));
  return (
    <p className="user-answer" lang="ko">
      {parts}
    </p>
  );
}
