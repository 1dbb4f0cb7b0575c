/**
 * A line-level view of markdown: just enough block structure (fences,
 * HTML comments, headings, list items, indentation) to find sections and
 * questions with exact line numbers. One linear pass, no token tree, which
 * keeps parsing cheaper than a full markdown parse.
 */

export interface ListMarker {
  /** Column of the bullet or number. */
  markerIndent: number;
  /** Column where the item's text starts; nested blocks sit at or past it. */
  contentIndent: number;
  /** The item's first-line text, without the marker. */
  content: string;
}

export interface MarkdownLine {
  /** 1-based line in the source file. */
  number: number;
  /** The line with HTML comments cut out (inside fenced code: verbatim). */
  text: string;
  /** Columns of leading whitespace, a tab reaching the next multiple of 4. */
  indent: number;
  blank: boolean;
  /** Inside fenced code, its fence lines included: never structure. */
  code: boolean;
  /** Set on the fence lines themselves; their indentation tells which list item owns the code. */
  fence?: 'open' | 'close';
  heading?: { level: number; text: string };
  /** The `===`/`---` line under a setext heading. */
  setextUnderline?: boolean;
  listItem?: ListMarker;
  thematicBreak?: boolean;
}

const FENCE_OPEN = /^[ \t]*(`{3,}|~{3,})(.*)$/;
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const LIST_MARKER = /^([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+|$)/;

export function scanLines(markdown: string, firstLineNumber = 1): MarkdownLine[] {
  const rawLines = markdown.split('\n');
  const lines: MarkdownLine[] = [];
  let fence: { char: string; length: number } | undefined;
  let inComment = false;

  for (const [index, raw] of rawLines.entries()) {
    const number = firstLineNumber + index;
    if (fence) {
      const closing = raw.trim();
      const closes = closing.length >= fence.length && closing === fence.char.repeat(closing.length);
      if (closes) fence = undefined;
      lines.push({ ...plainLine(number, raw, true), ...(closes ? { fence: 'close' as const } : {}) });
      continue;
    }
    const stripped = stripComments(raw, inComment);
    inComment = stripped.inComment;
    const text = stripped.text;
    const open = FENCE_OPEN.exec(text);
    // A backtick fence's info string may not contain a backtick (CommonMark), else it is inline code.
    if (open?.[1] && !(open[1].startsWith('`') && open[2]?.includes('`'))) {
      fence = { char: open[1].charAt(0), length: open[1].length };
      lines.push({ ...plainLine(number, text, true), fence: 'open' });
      continue;
    }
    lines.push(classify(number, text, lines[lines.length - 1], lines[lines.length - 2]));
  }
  return lines;
}

function plainLine(number: number, text: string, code: boolean): MarkdownLine {
  return { number, text, indent: indentOf(text), blank: text.trim() === '', code };
}

function classify(number: number, text: string, previous?: MarkdownLine, beforePrevious?: MarkdownLine): MarkdownLine {
  const line = plainLine(number, text, false);
  if (line.blank) return line;
  const atx = ATX_HEADING.exec(text);
  if (atx?.[1]) {
    // A closing run of #s is decoration, not text.
    const headingText = (atx[2] ?? '').replace(/(^|[ \t]+)#+$/, '').trim();
    line.heading = { level: atx[1].length, text: headingText };
    return line;
  }
  const underline = SETEXT_UNDERLINE.exec(text);
  if (underline?.[1] && previous && isSetextCandidate(previous, beforePrevious)) {
    previous.heading = { level: underline[1].startsWith('=') ? 1 : 2, text: previous.text.trim() };
    line.setextUnderline = true;
    return line;
  }
  if (THEMATIC_BREAK.test(text)) {
    line.thematicBreak = true;
    return line;
  }
  const marker = LIST_MARKER.exec(text);
  if (marker) {
    const markerIndent = indentOf(marker[1] ?? '');
    const markerWidth = marker[2]?.length ?? 1;
    const spaces = (marker[3] ?? '').replace(/\t/g, '    ').length;
    // More than four spaces after the marker means indented code inside the item: the text starts after one space.
    const gap = spaces === 0 || spaces > 4 ? 1 : spaces;
    line.listItem = {
      markerIndent,
      contentIndent: markerIndent + markerWidth + gap,
      content: text.slice(marker[0].length).trim(),
    };
  }
  return line;
}

/**
 * Only a one-line paragraph counts as setext heading text: deciding whether
 * a longer paragraph belongs to a list item needs the full container model,
 * and guessing wrong would turn an answer's last line into a heading.
 */
function isSetextCandidate(previous: MarkdownLine, beforePrevious?: MarkdownLine): boolean {
  const plainParagraph =
    !previous.blank &&
    !previous.code &&
    !previous.heading &&
    !previous.listItem &&
    !previous.thematicBreak &&
    !previous.setextUnderline &&
    previous.indent < 4 &&
    !/^\s*(>|\|)/.test(previous.text);
  const startsParagraph = !beforePrevious || beforePrevious.blank || !!beforePrevious.heading || !!beforePrevious.code;
  return plainParagraph && startsParagraph;
}

/** Cut `<!-- … -->` out of a line, carrying an unclosed comment into the next lines. */
function stripComments(raw: string, inComment: boolean): { text: string; inComment: boolean } {
  if (!inComment && !raw.includes('<!--')) return { text: raw, inComment: false };
  let text = '';
  let rest = raw;
  let open = inComment;
  for (;;) {
    if (open) {
      const end = rest.indexOf('-->');
      if (end < 0) return { text, inComment: true };
      rest = rest.slice(end + 3);
      open = false;
      continue;
    }
    const start = commentStart(rest);
    if (start < 0) return { text: text + rest, inComment: false };
    text += rest.slice(0, start);
    rest = rest.slice(start + 4);
    open = true;
  }
}

/** Position of `<!--` outside inline code (an odd count of backticks before it means inside a code span). */
function commentStart(text: string): number {
  let from = 0;
  for (;;) {
    const index = text.indexOf('<!--', from);
    if (index < 0) return -1;
    const ticks = text.slice(0, index).split('`').length - 1;
    if (ticks % 2 === 0) return index;
    from = index + 4;
  }
}

/** Columns of leading whitespace, tabs advancing to the next multiple of 4 as in CommonMark. */
export function indentOf(text: string): number {
  let columns = 0;
  for (const char of text) {
    if (char === ' ') columns += 1;
    else if (char === '\t') columns += 4 - (columns % 4);
    else break;
  }
  return columns;
}

/** Remove up to `columns` columns of leading whitespace, splitting a tab when needed. */
export function dropIndent(text: string, columns: number): string {
  let column = 0;
  let index = 0;
  while (index < text.length && column < columns) {
    const char = text[index];
    if (char === ' ') column += 1;
    else if (char === '\t') {
      const next = column + 4 - (column % 4);
      if (next > columns) return ' '.repeat(next - columns) + text.slice(index + 1);
      column = next;
    } else break;
    index += 1;
  }
  return text.slice(index);
}

/** Smallest number, Infinity for none; a loop, since spreading a huge array into Math.min overflows the stack. */
export function smallest(values: number[]): number {
  let least = Infinity;
  for (const value of values) if (value < least) least = value;
  return least;
}
