import type { Card, TableCellRef } from '../card-types';
import { cardId } from './card-id';
import type { MarkdownTable, TableCellText } from './markdown-blocks';

/**
 * Corner labels that say "the rows are attributes" (구분 | Kubeflow | Vertex
 * AI | …): the systems compared are then the columns. Any other corner names
 * what the rows are (플랫폼 | 기반 기술 | …), so the rows are the systems.
 */
const ATTRIBUTE_CORNER =
  /^(구분|항목|특징|비교\s*항목|비교|기준|비교\s*기준|관점|측면|속성|차이점?|요소|feature|aspect|criteri(a|on)|category|property|attribute|dimension)s?$/i;

/** A cell that is a figure (`12.5%`, `~3 ms`, `1,024`, `2x`) rather than a fact to recall. */
const NUMERIC = /^[~≈<>≤≥±+-]?\s*[\d.,]+\s*(%|[a-z]{1,3}|배|초|분|개|건|회)?$/i;
const CODE_ONLY = /^`[^`]+`$/;

const isFigure = (cell: TableCellText): boolean => NUMERIC.test(cell.text) || CODE_ONLY.test(cell.markdown);

/**
 * A comparison: a header row, a first column of labels, at least two data
 * columns, and cells that are mostly words (a benchmark of numbers or a
 * table of code is not something to recall cell by cell).
 */
function isComparison(table: MarkdownTable): boolean {
  const [header, ...body] = table.rows;
  if (!header || header.length < 3 || body.length === 0) return false;
  if (body.some((row) => !row[0]?.text)) return false;
  const cells = body.flatMap((row) => row.slice(1)).filter((cell) => cell.text !== '');
  if (cells.length === 0) return false;
  return cells.filter(isFigure).length * 2 <= cells.length;
}

export interface TableCardOptions {
  noteId: string;
  /** 1-based line of the table's first line in the note. */
  line: number;
}

/**
 * One card per non-empty cell of a comparison table: front "<system> —
 * <attribute>?", back the cell. A transposed table (systems as rows) gives
 * the same fronts. Identical fronts within the table are merged, their
 * answers joined.
 */
export function buildTableCards(table: MarkdownTable, options: TableCardOptions): Card[] {
  if (!isComparison(table)) return [];
  const [header = [], ...body] = table.rows;
  const columnsAreSystems = ATTRIBUTE_CORNER.test(header[0]?.text ?? '') || header[0]?.text === '';
  const cards = new Map<string, Card>();
  body.forEach((row, rowIndex) => {
    for (let column = 1; column < header.length; column += 1) {
      const cell = row[column];
      const columnLabel = header[column]?.text ?? '';
      const rowLabel = row[0]?.text ?? '';
      if (!cell || cell.text === '' || columnLabel === '') continue;
      const [system, attribute] = columnsAreSystems ? [columnLabel, rowLabel] : [rowLabel, columnLabel];
      const question = `${system} — ${attribute}?`;
      const id = cardId(options.noteId, question, 'table');
      const existing = cards.get(id);
      if (existing) {
        if (!existing.answer.split(' / ').includes(cell.markdown)) existing.answer += ` / ${cell.markdown}`;
        continue;
      }
      const ref: TableCellRef = { markdown: table.markdown, row: rowIndex, column, system, attribute };
      cards.set(id, {
        id,
        noteId: options.noteId,
        kind: 'table',
        question,
        answer: cell.markdown,
        keywords: [],
        line: options.line,
        table: ref,
      });
    }
  });
  return [...cards.values()];
}
