import type { MarkdownLine } from './markdown-lines';

/**
 * Index just past the list item that starts at `index`. Lenient about
 * indentation on purpose: anything indented past the marker belongs to the
 * item (authors nest under `1.` with two spaces as often as with three),
 * and an unindented line straight after text is a lazy continuation.
 */
export function itemEnd(lines: MarkdownLine[], index: number, limit: number): number {
  const marker = lines[index]?.listItem?.markerIndent ?? 0;
  let end = index + 1;
  let ownsFence = false;
  for (let next = index + 1; next < limit; next += 1) {
    const line = lines[next];
    const previous = lines[next - 1];
    if (!line) break;
    if (line.code) {
      if (line.fence === 'open') ownsFence = line.indent > marker;
      if (!ownsFence) break;
      end = next + 1;
      continue;
    }
    if (line.blank) continue;
    if (line.heading) break;
    const lazy = !!previous && !previous.blank && !previous.code && !previous.heading && !startsBlock(line);
    if (line.indent <= marker && !lazy) break;
    end = next + 1;
  }
  return end;
}

/** Lines that start a block of their own and so can never continue a paragraph lazily. */
export function startsBlock(line: MarkdownLine): boolean {
  return !!(
    line.listItem ||
    line.heading ||
    line.thematicBreak ||
    line.setextUnderline ||
    line.code ||
    /^\s*(>|\|)/.test(line.text)
  );
}
