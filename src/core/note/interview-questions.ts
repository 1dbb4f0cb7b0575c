import type { ParsedQuestion } from '../note-types';
import { extractKeywords } from './keywords';
import {
  closeWrappingBold,
  findClosing,
  hasAnswerLabel,
  hasQuestionLabel,
  stripAnswerLabel,
  stripQuestionLabel,
} from './labels';
import type { LabelledText } from './labels';
import { itemEnd, startsBlock } from './list-items';
import { dropIndent, smallest } from './markdown-lines';
import type { MarkdownLine } from './markdown-lines';
import { bodyStart, endOfSection } from './sections';

/** Where an interview section sits among the note's lines. */
export interface InterviewSectionRange {
  headingIndex: number;
  /** Index just past the section. */
  end: number;
  level: number;
}

/** One question found in the lines, before it is split into question and answer. */
interface QuestionBlock {
  kind: 'heading' | 'item' | 'paragraph';
  /** Index of the question's first line. */
  start: number;
  /** Index just past the question and its answer. */
  end: number;
  /** The first line's text without marker, label or heading `#`s. */
  first: LabelledText;
}

/**
 * Questions of one interview section. When any question carries a Q label,
 * only labelled ones count (everything else is commentary); a section with
 * no label at all is a plain list of questions.
 */
export function extractQuestions(lines: MarkdownLine[], section: InterviewSectionRange): ParsedQuestion[] {
  const start = bodyStart(lines, section.headingIndex);
  const labelled = findLabelledBlocks(lines, start, section.end);
  const blocks = labelled.length > 0 ? labelled : findUnlabelledBlocks(lines, start, section.end, section.level);
  return blocks.map((block) => toParsedQuestion(lines, block));
}

function findLabelledBlocks(lines: MarkdownLine[], start: number, end: number): QuestionBlock[] {
  const blocks: QuestionBlock[] = [];
  let index = start;
  while (index < end) {
    const block = labelledBlockAt(lines, index, end);
    if (block) blocks.push(block);
    index = block ? block.end : index + 1;
  }
  return blocks;
}

function labelledBlockAt(lines: MarkdownLine[], index: number, limit: number): QuestionBlock | undefined {
  const line = lines[index];
  if (!line || line.code || line.blank || line.thematicBreak || line.setextUnderline) return undefined;
  if (line.heading) {
    const first = stripQuestionLabel(line.heading.text);
    if (!first) return undefined;
    return {
      kind: 'heading',
      start: index,
      end: Math.min(endOfSection(lines, index, line.heading.level), limit),
      first,
    };
  }
  if (line.listItem) {
    const first = stripQuestionLabel(line.listItem.content);
    if (!first) return undefined;
    let end = itemEnd(lines, index, limit);
    // `- **Q. …**` then an unindented `**A.** …` paragraph: the answer sits outside the list.
    if (!hasNestedContent(lines, index, end)) {
      const next = nextNonBlank(lines, end, limit);
      if (next < limit && answerLabelled(lines[next])) end = nextQuestionStart(lines, next + 1, limit, line.indent);
    }
    return { kind: 'item', start: index, end, first };
  }
  if (line.indent >= 4) return undefined;
  const first = stripQuestionLabel(line.text.trim());
  if (!first) return undefined;
  return { kind: 'paragraph', start: index, end: nextQuestionStart(lines, index + 1, limit, line.indent), first };
}

function findUnlabelledBlocks(lines: MarkdownLine[], start: number, end: number, level: number): QuestionBlock[] {
  const section = lines.slice(start, end);
  const itemIndent = smallest(section.flatMap((l) => (l.listItem && !l.code ? [l.listItem.markerIndent] : [])));
  if (Number.isFinite(itemIndent)) {
    const blocks: QuestionBlock[] = [];
    for (let index = start; index < end; index += 1) {
      const item = lines[index]?.listItem;
      if (!item || lines[index]?.code || item.markerIndent !== itemIndent) continue;
      const blockEnd = itemEnd(lines, index, end);
      blocks.push({ kind: 'item', start: index, end: blockEnd, first: unwrapBold(item.content) });
      index = blockEnd - 1;
    }
    return blocks;
  }
  const headingLevel = smallest(
    section.flatMap((l) => (l.heading && l.heading.level > level ? [l.heading.level] : [])),
  );
  if (Number.isFinite(headingLevel)) {
    return section.flatMap((line, offset) => {
      if (line.heading?.level !== headingLevel) return [];
      const index = start + offset;
      const blockEnd = Math.min(endOfSection(lines, index, headingLevel), end);
      return [{ kind: 'heading' as const, start: index, end: blockEnd, first: unwrapBold(line.heading.text) }];
    });
  }
  return [];
}

/** Bold and a leading number around an unlabelled question (`**1. …?**`) are decoration. */
function unwrapBold(content: string): LabelledText {
  const opener = content.startsWith('**') ? '**' : content.startsWith('__') ? '__' : undefined;
  const unwrapped = opener ? closeWrappingBold(opener, content.slice(2)) : { text: content, boldOpen: false };
  return { ...unwrapped, text: unwrapped.text.replace(/^\d{1,3}(?:\.\d{1,3})*[.)]\s+/, '') };
}

function toParsedQuestion(lines: MarkdownLine[], block: QuestionBlock): ParsedQuestion {
  const { parts, next } = questionParts(lines, block);
  const question = parts
    .map((part) => part.replace(/\\$/, '').trim())
    .filter((part) => part !== '')
    .join('\n');
  const answerEnd = lastContent(lines, next, block.end);
  const answer = answerMarkdown(lines, next, answerEnd);
  return {
    question,
    answer,
    keywords: extractKeywords(answer),
    startLine: lines[block.start]?.number ?? 0,
    endLine: lines[Math.max(block.start, answerEnd - 1)]?.number ?? 0,
  };
}

/**
 * The question text: the first line, plus following lines of the same
 * paragraph while the question is visibly unfinished (bold still open, or
 * no hard break and no `?` yet). An A label, a hard break or a nested block
 * ends it.
 */
function questionParts(lines: MarkdownLine[], block: QuestionBlock): { parts: string[]; next: number } {
  const parts = [block.first.text];
  let next = bodyStart(lines, block.start);
  if (block.kind === 'heading') return { parts, next };
  let boldOpen = block.first.boldOpen;
  let finished = !boldOpen && isFinishedLine(block.first.text, lines[block.start]?.text ?? '');
  while (!finished && next < block.end) {
    const line = lines[next];
    if (!line || line.blank || startsBlock(line) || answerLabelled(line)) break;
    let text = line.text.trim();
    if (boldOpen) {
      const close = findClosing('**', text);
      if (close >= 0) {
        text = text.slice(0, close) + text.slice(close + 2);
        boldOpen = false;
      }
    }
    parts.push(text);
    next += 1;
    finished = !boldOpen && isFinishedLine(text, line.text);
  }
  return { parts, next };
}

/** A hard break, bold closing at the line's end, or a question mark at the end closes the question. */
function isFinishedLine(text: string, raw: string): boolean {
  const hardBreak = /\\$| {2,}$/.test(raw);
  const boldClosedAtEnd = /(\*\*|__)\\?$/.test(raw.trimEnd());
  return hardBreak || boldClosedAtEnd || /[?？][*_)"'”’]*$/.test(text.trim());
}

/** The answer's lines as markdown: dedented, the A label and its list marker removed. */
function answerMarkdown(lines: MarkdownLine[], from: number, to: number): string {
  let start = nextNonBlank(lines, from, to);
  if (start >= to) return '';
  const base = smallest(lines.slice(start, to).flatMap((l) => (!l.blank && (!l.code || l.fence) ? [l.indent] : [])));
  const out: string[] = [];
  const first = lines[start];
  if (first && answerLabelled(first)) {
    const item = first.listItem;
    const label = stripAnswerLabel(item ? item.content : first.text.trim());
    out.push(label ? (label.boldOpen ? `**${label.text}` : label.text) : first.text.trim());
    const labelEnd = item ? itemEnd(lines, start, to) : start + 1;
    for (let index = start + 1; index < labelEnd; index += 1) {
      out.push(dropIndent(lines[index]?.text ?? '', item ? item.contentIndent : base));
    }
    start = labelEnd;
  }
  for (let index = start; index < to; index += 1) out.push(dropIndent(lines[index]?.text ?? '', base));
  return out
    .join('\n')
    .replace(/^\s*\n/, '')
    .trimEnd();
}

function answerLabelled(line: MarkdownLine | undefined): boolean {
  if (!line || line.code || line.heading) return false;
  return hasAnswerLabel(line.listItem ? line.listItem.content : line.text.trim());
}

function hasNestedContent(lines: MarkdownLine[], start: number, end: number): boolean {
  const marker = lines[start]?.listItem?.markerIndent ?? 0;
  return lines.slice(start + 1, end).some((line) => !line.blank && (line.indent > marker || answerLabelled(line)));
}

/** The next question of the same or an outer level, or a heading, ends an answer given outside its item. */
function nextQuestionStart(lines: MarkdownLine[], from: number, limit: number, indent: number): number {
  for (let index = from; index < limit; index += 1) {
    const line = lines[index];
    if (!line || line.code || line.blank) continue;
    if (line.heading) return index;
    const content = line.listItem ? line.listItem.content : line.text.trim();
    if (line.indent <= indent && hasQuestionLabel(content)) return index;
  }
  return limit;
}

function nextNonBlank(lines: MarkdownLine[], from: number, limit: number): number {
  let index = from;
  while (index < limit && lines[index]?.blank && !lines[index]?.code) index += 1;
  return index;
}

/** Index just past the last line that says something: trailing blanks and `---` separators belong to no answer. */
function lastContent(lines: MarkdownLine[], from: number, end: number): number {
  let last = end;
  while (last > from) {
    const line = lines[last - 1];
    if (!line || line.code || !(line.blank || line.thematicBreak)) break;
    last -= 1;
  }
  return last;
}
