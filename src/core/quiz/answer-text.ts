import type { CompiledCard } from '../content/compiled-note';
import { markdownLine } from '../search/markdown-text';
import { collapseWhitespace } from '../text/normalize';

/** A card's answer as one line of plain text: what a quiz choice shows. */
export function answerText(card: CompiledCard): string {
  return collapseWhitespace(markdownLine(card.answer));
}

/**
 * The first `max` characters of `text`, cut at a space when one is near so a
 * word is not split, with an ellipsis when anything was cut. Model answers
 * run to several sentences; four of them in full do not fit a phone screen.
 */
export function previewText(text: string, max = 160): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max).join('');
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.75 ? cut.slice(0, space) : cut).trimEnd() + '…';
}
