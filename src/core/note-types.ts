/**
 * The structured note: what `parseNote` makes of one markdown file.
 * Everything here is plain data so it can cross a worker boundary, be
 * serialised into the build's virtual module and compared in tests.
 */

export type Difficulty = 'easy' | 'medium' | 'hard';

/** Well-known sections of the note template, found by heading text. */
export type SectionKind = 'concept' | 'detail' | 'example' | 'interview' | 'reading';

export interface FrontMatter {
  title?: string;
  /** ISO date (YYYY-MM-DD) as written; kept a string so no time zone is implied. */
  date?: string;
  tags: string[];
  difficulty?: Difficulty;
}

export type WarningCode =
  | 'front-matter-invalid'
  | 'no-interview-section'
  | 'no-question-recognised'
  | 'question-without-answer'
  | 'duplicate-question'
  | 'empty-file'
  | 'binary-file'
  | 'not-utf8';

export interface NoteWarning {
  code: WarningCode;
  /** English, specific and actionable; the UI translates by `code` and shows `detail`. */
  message: string;
  /** Extra context (e.g. the YAML error, the question text). */
  detail?: string;
  /** 1-based line in the source, when the warning points at one. */
  line?: number;
}

export interface Section {
  kind: SectionKind | 'other';
  /** Heading text without `#`s, as written (NFC). */
  heading: string;
  level: number;
  /** 1-based, inclusive: the heading line to the section's last line. */
  startLine: number;
  endLine: number;
  /** The section body as markdown (without its heading). */
  markdown: string;
  /** 1-based line of the source where `markdown` begins. */
  bodyLine: number;
}

export interface ParsedQuestion {
  /** The question text without list marker, Q label or wrapping bold (markdown). */
  question: string;
  /** The answer as markdown; empty when the note gives none (a self-check question). */
  answer: string;
  /** Bold phrases of the answer: the model answer's key points. */
  keywords: string[];
  /** 1-based, inclusive line range of the question and its answer in the source. */
  startLine: number;
  endLine: number;
}

export interface ParsedNote {
  frontMatter: FrontMatter;
  /** Front matter title, else first `#` heading, else the file name. */
  title: string;
  /** The note's markdown without front matter (BOM stripped, LF, NFC). */
  body: string;
  sections: Section[];
  questions: ParsedQuestion[];
  warnings: NoteWarning[];
}
