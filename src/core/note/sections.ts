import type { Section, SectionKind } from '../note-types';
import { hasQuestionLabel } from './labels';
import { smallest } from './markdown-lines';
import type { MarkdownLine } from './markdown-lines';

/**
 * The note template's sections, known by heading text in Korean or by the
 * English alias in parentheses, so a heading whose Korean part was damaged
 * (a bad copy, a lost syllable) is still recognised by its alias.
 */
const SECTION_PATTERNS: [SectionKind, RegExp][] = [
  ['interview', /면접|interview/i],
  ['concept', /핵심\s*개념|core\s+concepts?/i],
  ['detail', /상세\s*설명|detailed\s+explanation/i],
  ['example', /예시|예제|examples?\b/i],
  ['reading', /더\s*읽어\s*보기|참고\s*자료|further\s+reading|references/i],
];

export function sectionKindOf(headingText: string): SectionKind | 'other' {
  return SECTION_PATTERNS.find(([, pattern]) => pattern.test(headingText))?.[0] ?? 'other';
}

/**
 * A heading opens the interview section when it names interviews and is
 * not itself a question (`### Q1. 면접에서 …?` belongs to the section above).
 */
export function isInterviewHeading(headingText: string): boolean {
  return /면접|interview/i.test(headingText) && !hasQuestionLabel(headingText);
}

/**
 * Sections are the headings of the note's top structural level (the level
 * under the title), plus interview headings wherever they sit. Each runs to
 * the next heading of the same or a higher level.
 */
export function findSections(lines: MarkdownLine[]): Section[] {
  const headings = lines.flatMap((line, index) => (line.heading && !line.code ? [{ index, ...line.heading }] : []));
  const title = headings[0]?.level === 1 && !headings.slice(1).some((h) => h.level === 1) ? headings[0] : undefined;
  const structural = headings.filter((h) => h !== title);
  const sectionLevel = smallest(structural.map((h) => h.level));
  const sections: Section[] = [];
  let interviewEnd = -1;
  for (const heading of structural) {
    const interview = isInterviewHeading(heading.text) && heading.index >= interviewEnd;
    if ((heading.level !== sectionLevel || heading.index < interviewEnd) && !interview) continue;
    const end = endOfSection(lines, heading.index, heading.level, interview);
    if (interview) interviewEnd = end;
    sections.push({
      kind: interview ? 'interview' : sectionKindOf(heading.text),
      heading: heading.text,
      level: heading.level,
      startLine: lines[heading.index]?.number ?? 0,
      endLine: lines[lastContentIndex(lines, heading.index, end)]?.number ?? 0,
      ...sectionBody(lines, heading.index, end),
    });
  }
  // A note titled "면접 준비" must not swallow its whole body as the interview section when a real one exists.
  if (title && isInterviewHeading(title.text) && !sections.some((s) => s.kind === 'interview')) {
    const end = endOfSection(lines, title.index, title.level, true);
    sections.unshift({
      kind: 'interview',
      heading: title.text,
      level: title.level,
      startLine: lines[title.index]?.number ?? 0,
      endLine: lines[lastContentIndex(lines, title.index, end)]?.number ?? 0,
      ...sectionBody(lines, title.index, end),
    });
  }
  return sections;
}

/**
 * Index just past the section that the heading at `index` opens. An
 * interview section also runs over question headings written at its own
 * level (`## 면접 질문` then `## Q1. …`): they are its questions, not new sections.
 */
export function endOfSection(lines: MarkdownLine[], index: number, level: number, interview = false): number {
  for (let next = index + 1; next < lines.length; next += 1) {
    const heading = lines[next]?.heading;
    if (heading && heading.level <= level && !(interview && hasQuestionLabel(heading.text))) return next;
  }
  return lines.length;
}

/** First line after a heading (after its underline when it is a setext heading). */
export function bodyStart(lines: MarkdownLine[], headingIndex: number): number {
  return lines[headingIndex + 1]?.setextUnderline ? headingIndex + 2 : headingIndex + 1;
}

/** A section's markdown without its heading and surrounding blank lines, and the line it starts on. */
function sectionBody(lines: MarkdownLine[], headingIndex: number, end: number): { markdown: string; bodyLine: number } {
  let start = bodyStart(lines, headingIndex);
  while (start < end && lines[start]?.blank) start += 1;
  return {
    markdown: lines
      .slice(start, end)
      .map((line) => line.text)
      .join('\n')
      .trim(),
    bodyLine: lines[start]?.number ?? lines[headingIndex]?.number ?? 0,
  };
}

function lastContentIndex(lines: MarkdownLine[], start: number, end: number): number {
  let last = end - 1;
  while (last > start && lines[last]?.blank) last -= 1;
  return last;
}
