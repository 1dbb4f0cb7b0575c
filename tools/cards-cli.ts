/**
 * `npm run cards -- <dir> [--json] [--anki <file.txt>]`: lint a folder of
 * notes, print their cards as JSON, or export them for Anki. A thin shell:
 * parsing and formatting of cards live in src/core.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toAnkiText } from '../src/core/index';
import { assertReadableFolder, listMarkdownFiles, loadNote } from './lib/note-files';
import type { LoadedNote } from './lib/note-files';
// East Asian wide characters (Hangul) take two terminal columns; string-width knows them all.
import stringWidth from 'string-width';

const USAGE = 'usage: npm run cards -- <dir> [--json] [--anki <file.txt>]';

interface CliOptions {
  dir: string;
  json: boolean;
  anki?: string;
}

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

function parseArgs(args: string[]): CliOptions {
  let dir: string | undefined;
  let json = false;
  let anki: string | undefined;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (arg === '--json') json = true;
    else if (arg === '--anki') {
      anki = args[index + 1];
      if (!anki) throw new Error('--anki needs a file name');
      index += 1;
    } else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else if (dir === undefined) dir = arg;
    else throw new Error(`unexpected argument ${arg}`);
  }
  if (dir === undefined) throw new Error('missing <dir>');
  return { dir, json, ...(anki ? { anki } : {}) };
}

/** Runs the command and returns the exit code; all output goes through `io`. */
export function runCardsCli(args: string[], io: CliIo): number {
  let options: CliOptions;
  try {
    options = parseArgs(args);
  } catch (error) {
    io.stderr(`cards: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const root = resolve(options.dir);
  let notes: LoadedNote[];
  try {
    assertReadableFolder(root);
    notes = listMarkdownFiles(root).map((file) => loadNote(root, file));
  } catch (error) {
    io.stderr(`cards: ${(error as Error).message.split('\n')[0]}\n`);
    return 1;
  }
  if (options.anki) {
    try {
      writeFileSync(
        options.anki,
        toAnkiText(notes.map((n) => ({ noteId: n.noteId, tags: n.note?.frontMatter.tags ?? [], cards: n.cards }))),
      );
    } catch (error) {
      io.stderr(`cards: cannot write ${options.anki}: ${(error as Error).message.split('\n')[0]}\n`);
      return 1;
    }
    const count = notes.reduce((sum, note) => sum + note.cards.length, 0);
    io.stderr(`wrote ${count} cards from ${notes.length} notes to ${options.anki}\n`);
  }
  if (options.json) io.stdout(`${JSON.stringify({ notes: notes.map(toJsonNote) }, null, 2)}\n`);
  else if (!options.anki) io.stdout(formatTable(notes));
  return 0;
}

function toJsonNote(note: LoadedNote) {
  return {
    path: note.path,
    title: note.note?.title ?? note.noteId.split('/').pop() ?? note.noteId,
    tags: note.note?.frontMatter.tags ?? [],
    difficulty: note.note?.frontMatter.difficulty ?? null,
    cards: note.cards.map(({ id, kind, question, answer, keywords }) => ({ id, kind, question, answer, keywords })),
    warnings: note.warnings,
  };
}

function formatTable(notes: LoadedNote[]): string {
  const rows = notes.map((note) => [
    note.path,
    String(questionsOf(note).length),
    String(answeredCount(note)),
    String(note.cards.length - questionsOf(note).length),
    summarizeWarnings(note),
  ]);
  const totals = [
    `TOTAL (${notes.length} notes)`,
    String(notes.reduce((sum, n) => sum + questionsOf(n).length, 0)),
    String(notes.reduce((sum, n) => sum + answeredCount(n), 0)),
    String(notes.reduce((sum, n) => sum + n.cards.length - questionsOf(n).length, 0)),
    String(notes.reduce((sum, n) => sum + n.warnings.length, 0)),
  ];
  // "other": table, concept and code cards.
  const table = [['path', 'questions', 'answered', 'other', 'warnings'], ...rows, totals];
  const widths = [0, 1, 2, 3].map((column) => Math.max(...table.map((row) => stringWidth(row[column] ?? ''))));
  const line = (row: string[]) =>
    row
      .map((cell, column) => (column < 4 ? pad(cell, widths[column] ?? 0, column > 0) : cell))
      .join('  ')
      .trimEnd();
  return [line(table[0] ?? []), ...rows.map(line), '', line(totals)].join('\n') + '\n';
}

function questionsOf(note: LoadedNote) {
  return note.cards.filter((card) => card.kind === 'qa');
}

function answeredCount(note: LoadedNote): number {
  return questionsOf(note).filter((card) => card.answer !== '').length;
}

/** `question-without-answer ×3 (line 12)`: codes grouped, first line kept so the author can jump there. */
function summarizeWarnings(note: LoadedNote): string {
  const groups = new Map<string, { count: number; line?: number }>();
  for (const warning of note.warnings) {
    const group = groups.get(warning.code) ?? { count: 0, ...(warning.line ? { line: warning.line } : {}) };
    group.count += 1;
    groups.set(warning.code, group);
  }
  return [...groups]
    .map(([code, { count, line }]) => `${code}${count > 1 ? ` ×${count}` : ''}${line ? ` (line ${line})` : ''}`)
    .join(', ');
}

function pad(text: string, width: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - stringWidth(text)));
  return right ? fill + text : text + fill;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = runCardsCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
}
