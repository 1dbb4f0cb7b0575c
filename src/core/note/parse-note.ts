import type { NoteWarning, ParsedNote, ParsedQuestion } from '../note-types';
import { collapseWhitespace, normalizeText } from '../text/normalize';
import { splitFrontMatter } from './front-matter';
import { extractQuestions } from './interview-questions';
import { scanLines } from './markdown-lines';
import { endOfSection, findSections } from './sections';

export interface ParseNoteOptions {
  /** The file's name, the title of last resort (without `.md`). */
  fileName?: string;
}

/**
 * Markdown text to a structured note: front matter, title, sections and
 * interview questions with their source lines, plus warnings that tell the
 * author what could not be read. Pure and total: bad input gives warnings,
 * never an exception.
 */
export function parseNote(text: string, options: ParseNoteOptions = {}): ParsedNote {
  const normalized = normalizeText(text);
  const { frontMatter, body, bodyLineOffset, warnings } = splitFrontMatter(normalized);
  const lines = scanLines(body, bodyLineOffset + 1);
  const sections = findSections(lines);
  const title = frontMatter.title ?? firstTitleHeading(lines) ?? titleFromFileName(options.fileName);
  const allWarnings: NoteWarning[] = [...warnings];
  const questions: ParsedQuestion[] = [];

  if (normalized.trim() === '') {
    allWarnings.push({ code: 'empty-file', message: 'empty file: the note has no text' });
    return { frontMatter, title, body, sections, questions, warnings: allWarnings };
  }
  const interviews = sections.filter((section) => section.kind === 'interview');
  if (interviews.length === 0) {
    allWarnings.push({
      code: 'no-interview-section',
      message:
        'no interview section: add a heading containing 면접 or Interview (e.g. "## 예상 면접 질문") to get cards',
    });
  }
  const seen = new Set<string>();
  for (const section of interviews) {
    // Line numbers are consecutive, so the heading's index follows from its number without a search.
    const headingIndex = section.startLine - (lines[0]?.number ?? 1);
    const found = extractQuestions(lines, {
      headingIndex,
      end: endOfSection(lines, headingIndex, section.level, true),
      level: section.level,
    });
    if (found.length === 0) {
      allWarnings.push({
        code: 'no-question-recognised',
        message:
          'interview section found but no question recognised: start each question with "Q." (e.g. "- **Q. …**" or "### Q1. …")',
        detail: section.heading,
        line: section.startLine,
      });
    }
    for (const question of found) {
      // One by one: spreading thousands of questions into push() can overflow the stack.
      questions.push(question);
      // Same text = same card id: the second answer would be dropped without a word.
      const key = collapseWhitespace(question.question);
      if (seen.has(key)) {
        allWarnings.push({
          code: 'duplicate-question',
          message:
            'duplicate question: it appears earlier in this note; only the first becomes a card, so merge the answers',
          detail: question.question,
          line: question.startLine,
        });
      }
      seen.add(key);
      if (question.answer === '') {
        allWarnings.push({
          code: 'question-without-answer',
          message: 'question without answer: add an "A." item under it, or keep it as a self-check question',
          detail: question.question,
          line: question.startLine,
        });
      }
    }
  }
  return { frontMatter, title, body, sections, questions, warnings: allWarnings };
}

function firstTitleHeading(lines: ReturnType<typeof scanLines>): string | undefined {
  const heading = lines.find((line) => line.heading?.level === 1)?.heading?.text;
  return heading || undefined;
}

function titleFromFileName(fileName: string | undefined): string {
  const base = (fileName ?? '').normalize('NFC').split('/').pop() ?? '';
  return base.replace(/\.md$/i, '') || 'Untitled';
}
