import type { Token } from 'markdown-it';
import type { Card } from '../card-types';
import type { Section } from '../note-types';
import { headingText, parseMarkdown, renderTokens, type NoteRenderEnv } from '../render/render-markdown';
import type { NoteBody, NoteSegment, TocEntry } from './compiled-note';

export interface SplitOptions {
  env: NoteRenderEnv;
  sections: Section[];
  cards: Card[];
  /** How many source lines precede the body (the front matter), to map section lines onto tokens. */
  bodyLineOffset: number;
}

interface InterviewRange {
  start: number;
  end: number;
  cardIds: string[];
}

/**
 * Index just past an interview section's tokens: the first top-level block
 * starting after the section's last line, or the footnotes, which
 * markdown-it-footnote appends at the very end.
 */
function endOfRange(tokens: Token[], from: number, lastBodyLine: number): number {
  for (let index = from; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    if (token.type === 'footnote_block_open') return index;
    if (token.level === 0 && token.map && token.map[0] > lastBodyLine) return index;
  }
  return tokens.length;
}

function interviewRanges(tokens: Token[], options: SplitOptions): InterviewRange[] {
  const ranges: InterviewRange[] = [];
  for (const section of options.sections) {
    if (section.kind !== 'interview') continue;
    const firstLine = section.startLine - options.bodyLineOffset - 1;
    const start = tokens.findIndex((t) => t.type === 'heading_open' && t.level === 0 && t.map?.[0] === firstLine);
    // A heading markdown-it reads differently from the parser stays plain HTML rather than losing text.
    if (start < 0) continue;
    ranges.push({
      start,
      end: endOfRange(tokens, start + 3, section.endLine - options.bodyLineOffset - 1),
      cardIds: options.cards
        .filter((card) => card.line >= section.startLine && card.line <= section.endLine)
        .map((card) => card.id),
    });
  }
  return ranges.sort((a, b) => a.start - b.start);
}

function tocEntry(tokens: Token[], index: number): TocEntry | null {
  const token = tokens[index]!;
  const level = Number(token.tag.slice(1));
  const id = token.attrGet('id');
  if (token.type !== 'heading_open' || level < 2 || level > 4 || !id) return null;
  return { level, text: headingText(tokens[index + 1]), id: String(id) };
}

/**
 * Renders a note body as segments and collects its table of contents. The
 * leading `#` title is dropped: the page shows the title already.
 */
export function splitNoteBody(source: string, options: SplitOptions): NoteBody {
  const env = { ...options.env, headingIds: true };
  const tokens = parseMarkdown(source, env);
  const ranges = interviewRanges(tokens, options);
  const first = tokens[0];
  let cursor = first?.type === 'heading_open' && first.tag === 'h1' && ranges[0]?.start !== 0 ? 3 : 0;
  const segments: NoteSegment[] = [];
  const toc: TocEntry[] = [];

  const pushHtml = (end: number): void => {
    for (let index = cursor; index < end; index += 1) {
      const entry = tocEntry(tokens, index);
      if (entry) toc.push(entry);
    }
    const html = renderTokens(tokens.slice(cursor, end), env);
    if (html.trim() !== '') segments.push({ kind: 'html', html });
  };

  for (const range of ranges) {
    if (range.start < cursor) continue;
    pushHtml(range.start);
    const entry = tocEntry(tokens, range.start);
    if (entry) toc.push(entry);
    segments.push({
      kind: 'interview',
      headingHtml: renderTokens(tokens.slice(range.start, range.start + 3), env),
      headingId: String(tokens[range.start]!.attrGet('id') ?? ''),
      cardIds: range.cardIds,
    });
    cursor = range.end;
  }
  pushHtml(tokens.length);
  return { segments, toc };
}
