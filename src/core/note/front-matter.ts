import { parse } from 'yaml';
import type { Difficulty, FrontMatter, NoteWarning } from '../note-types';

export interface SplitFrontMatter {
  frontMatter: FrontMatter;
  /** The markdown after the front matter block (the whole text when there is none). */
  body: string;
  /** How many source lines precede the body, to report 1-based source lines. */
  bodyLineOffset: number;
  warnings: NoteWarning[];
}

const OPENING = /^---[ \t]*$/;
const CLOSING = /^(---|\.\.\.)[ \t]*$/;

/** Difficulty words people write, mapped onto the three the app knows. */
const DIFFICULTY_ALIASES: Record<string, Difficulty> = {
  easy: 'easy',
  low: 'easy',
  beginner: 'easy',
  쉬움: 'easy',
  하: 'easy',
  medium: 'medium',
  normal: 'medium',
  intermediate: 'medium',
  moderate: 'medium',
  보통: 'medium',
  중: 'medium',
  hard: 'hard',
  high: 'hard',
  difficult: 'hard',
  advanced: 'hard',
  어려움: 'hard',
  상: 'hard',
};

/**
 * Separate and read the YAML front matter. Tolerant by design: notes come
 * from many hands, so a broken block is a warning and the note still loads.
 */
export function splitFrontMatter(text: string): SplitFrontMatter {
  const empty: SplitFrontMatter = { frontMatter: { tags: [] }, body: text, bodyLineOffset: 0, warnings: [] };
  const lines = text.split('\n');
  if (!OPENING.test(lines[0] ?? '')) return empty;
  const close = lines.findIndex((line, index) => index > 0 && CLOSING.test(line));
  if (close < 0) {
    return { ...empty, warnings: [invalid('the block opened by --- on line 1 is never closed by another ---', 1)] };
  }
  const body = lines.slice(close + 1).join('\n');
  const base = { body, bodyLineOffset: close + 1 };
  const yaml = lines.slice(1, close);
  let data: unknown;
  try {
    data = parse(yaml.join('\n'), { uniqueKeys: false, prettyErrors: false, logLevel: 'error' });
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    const salvaged = readBareLines(yaml);
    if (!salvaged) return { ...base, frontMatter: { tags: [] }, warnings: [invalid(reason, 1)] };
    // Still a warning (other tools will reject the block), but the author's values are kept.
    const read = readFields(salvaged);
    return {
      ...base,
      frontMatter: read.frontMatter,
      warnings: [invalid(`${reason}; read as plain "key: value" lines`, 1), ...read.warnings],
    };
  }
  if (data === null || data === undefined) return { ...base, frontMatter: { tags: [] }, warnings: [] };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { ...base, frontMatter: { tags: [] }, warnings: [invalid('it must be a list of `key: value` lines', 1)] };
  }
  return { ...base, ...readFields(data as Record<string, unknown>) };
}

function readFields(data: Record<string, unknown>): { frontMatter: FrontMatter; warnings: NoteWarning[] } {
  const warnings: NoteWarning[] = [];
  const frontMatter: FrontMatter = { tags: readTags(data.tags ?? data.tag) };
  const title = scalarText(data.title);
  if (title) frontMatter.title = title;
  const date = readDate(data.date);
  if (date) frontMatter.date = date;
  else if (data.date !== undefined && data.date !== null && data.date !== '') {
    warnings.push(invalid(`date "${String(data.date)}" is not a date; write it as YYYY-MM-DD`, 1));
  }
  if (data.difficulty !== undefined && data.difficulty !== null) {
    const word = scalarText(data.difficulty)?.toLowerCase() ?? '';
    const difficulty = DIFFICULTY_ALIASES[word];
    if (difficulty) frontMatter.difficulty = difficulty;
    else warnings.push(invalid(`difficulty "${word}" is not one of easy, medium, hard`, 1));
  }
  return { frontMatter, warnings };
}

/**
 * The commonest YAML mistake in hand-written notes is a bare value holding
 * `: ` (`title: Kafka: 개요`). Read such a block as plain `key: value` lines
 * and `- item` lists; give up (undefined) on anything less regular.
 */
function readBareLines(lines: string[]): Record<string, unknown> | undefined {
  const data: Record<string, unknown> = {};
  let listKey: string | undefined;
  for (const line of lines) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    const item = /^\s+-\s+(.*)$/.exec(line);
    const list = listKey ? data[listKey] : undefined;
    if (item && Array.isArray(list)) {
      list.push(unquote(item[1] ?? ''));
      continue;
    }
    const pair = /^([A-Za-z_][\w-]*):(?:\s+(.*))?$/.exec(line);
    if (!pair?.[1]) return undefined;
    const value = (pair[2] ?? '').trim();
    listKey = value === '' ? pair[1] : undefined;
    if (value === '') data[pair[1]] = [];
    else if (/^\[.*\]$/.test(value)) data[pair[1]] = value.slice(1, -1).split(',').map(unquote);
    else if (/^["'[{]/.test(value) && unquote(value) === value) return undefined;
    else data[pair[1]] = unquote(value);
  }
  return data;
}

/** A value wrapped in matching quotes loses them; anything else is returned as is. */
function unquote(value: string): string {
  const trimmed = value.trim();
  const quoted = /^(["'])(.*)\1$/.exec(trimmed);
  return quoted ? (quoted[2] ?? '') : trimmed;
}

function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim().normalize('NFC') || undefined;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** Tags may be a flow list, a block list or one comma-separated string. */
function readTags(value: unknown): string[] {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  const tags = items.map(scalarText).filter((tag): tag is string => tag !== undefined);
  return [...new Set(tags)];
}

/** A calendar day as YYYY-MM-DD (also from YYYY.MM.DD or YYYY/MM/DD), or undefined. */
function readDate(value: unknown): string | undefined {
  // The YAML 1.1 timestamp type would make a Date; keep the calendar day as written, with no time zone.
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  const day = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?:$|[T ])/.exec(scalarText(value) ?? '');
  if (!day) return undefined;
  const [, year, month, date] = day;
  return `${year}-${month!.padStart(2, '0')}-${date!.padStart(2, '0')}`;
}

function invalid(detail: string, line: number): NoteWarning {
  return {
    code: 'front-matter-invalid',
    message: `front matter invalid: ${detail}`,
    detail,
    line,
  };
}
