import MarkdownIt, { type Token } from 'markdown-it';
import { brTags } from '../render/br-tags';

/**
 * Tables and labelled code blocks of a stretch of markdown, found with
 * markdown-it's own block parser so fences, escapes and pipes inside code
 * spans are read exactly as the reader renders them.
 */
const parser = new MarkdownIt({ html: false }).use(brTags);

export interface TableCellText {
  /** The cell as written (inline markdown). */
  markdown: string;
  /** What it reads as: markup dropped, whitespace collapsed. */
  text: string;
}

export interface MarkdownTable {
  /** The header row first, then the body rows. */
  rows: TableCellText[][];
  /** The table's source, as written. */
  markdown: string;
  /** 0-based line of the table in the given markdown. */
  line: number;
}

export interface LabelledFence {
  /** The bold label of the paragraph right before the fence, without markup or trailing colon. */
  label: string;
  /** The fence's source, as written. */
  markdown: string;
  info: string;
  line: number;
}

function plainText(inline: Token): string {
  const parts = (inline.children ?? []).map((child) =>
    child.type === 'softbreak' || child.type === 'hardbreak' ? ' ' : child.content,
  );
  return parts.join('').replace(/\s+/g, ' ').trim();
}

function sourceOf(lines: readonly string[], token: Token): string {
  const [start, end] = token.map ?? [0, 0];
  return lines.slice(start, end).join('\n').trimEnd();
}

function readTable(tokens: Token[], open: number, lines: readonly string[]): MarkdownTable {
  const rows: TableCellText[][] = [];
  for (let i = open + 1; i < tokens.length && tokens[i]!.type !== 'table_close'; i += 1) {
    const token = tokens[i]!;
    if (token.type === 'tr_open') rows.push([]);
    else if (token.type === 'inline') rows.at(-1)?.push({ markdown: token.content.trim(), text: plainText(token) });
  }
  const table = tokens[open]!;
  return { rows, markdown: sourceOf(lines, table), line: table.map?.[0] ?? 0 };
}

/** A paragraph that is nothing but bold text, like `**Kubeflow Pipelines (kfp v2):**`. */
const BOLD_LABEL = /^\*\*([^*]+?)\*\*\s*[:：]?$/;

function labelBefore(tokens: Token[], fence: number): string | null {
  const close = tokens[fence - 1];
  const inline = tokens[fence - 2];
  if (close?.type !== 'paragraph_close' || inline?.type !== 'inline' || close.level !== tokens[fence]!.level) {
    return null;
  }
  const match = BOLD_LABEL.exec(inline.content.trim());
  const label = match?.[1]?.trim().replace(/\s*[:：]$/, '');
  return label ? label : null;
}

export function findMarkdownBlocks(markdown: string): { tables: MarkdownTable[]; fences: LabelledFence[] } {
  const tokens = parser.parse(markdown, {});
  const lines = markdown.split('\n');
  const tables: MarkdownTable[] = [];
  const fences: LabelledFence[] = [];
  tokens.forEach((token, index) => {
    if (token.type === 'table_open') tables.push(readTable(tokens, index, lines));
    if (token.type === 'fence') {
      const label = labelBefore(tokens, index);
      if (label) {
        fences.push({ label, markdown: sourceOf(lines, token), info: token.info.trim(), line: token.map?.[0] ?? 0 });
      }
    }
  });
  return { tables, fences };
}
