import type { Card, TableCellRef } from '../card-types';
import { cardId } from './card-id';
import type { MarkdownTable, TableCellText } from './markdown-blocks';

/**
 * Corner labels that say "the rows are attributes" (구분 | Kubeflow | Vertex
 * AI | …): the systems compared are then the columns. Any other corner names
 * what the rows are (플랫폼 | 기반 기술 | …), so the rows are the systems.
 * Only a tie-breaker: notes write 구분 over either shape.
 */
const ATTRIBUTE_CORNER =
  /^(구분|항목|특징|비교\s*항목|비교|기준|비교\s*기준|관점|측면|속성|차이점?|요소|feature|aspect|criteri(a|on)|category|property|attribute|dimension)s?$/i;

/**
 * Words of a label that names a property compared (핵심 장점, 동작 방식,
 * 주요 사용처) rather than a thing compared (Kubeflow, 데이터 드리프트).
 */
const ATTRIBUTE_WORD = new RegExp(
  [
    '장점|단점|한계|약점|강점|특징|특성|설명|정의|개념|목적|목표|역할|원리|아이디어|방식|방법|구조|구성',
    '기반|기술|주체|경험|조직|업데이트|사용처|사례|용도|예시|비용|성능|속도|복잡|효율|확장|안정|신뢰',
    '일관성|보장|지원|처리|관리|적합|대상|범위|단위|크기|수준|형식|형태|포맷|프로토콜|시간|메모리|자원',
    '필요|여부|차이|유의|고려|지표|접근|흐름|제어|유형|종류|수식|곡선|분산|정밀도|출시|파라미터|깊이',
    '기여|연도|개발사|철학|전략|아키텍처|초점|기능|워크플로|동작|연결|탐지|변하는|이유|조건|장애|결합',
    '오버헤드|독립성|공유|권한|보호|\\b(pros|cons|advantages?|disadvantages?|features?|description|purpose',
    'use cases?|cost|performance|speed|latency|complexity|scalability|architecture|approach|goals?',
    'limitations?|strengths?|weaknesses?)\\b',
  ].join('|'),
  'i',
);

const attributeShare = (labels: readonly string[]): number =>
  labels.filter((label) => ATTRIBUTE_WORD.test(label)).length / Math.max(labels.length, 1);

/**
 * Whether the header's columns are the systems compared (and the first
 * column's rows their attributes): the axis whose labels read more like
 * attributes is the attribute axis; the corner decides a tie.
 */
function columnsAreSystems(header: readonly TableCellText[], body: readonly TableCellText[][]): boolean {
  const rows = attributeShare(body.map((row) => row[0]?.text ?? ''));
  const columns = attributeShare(header.slice(1).map((cell) => cell.text));
  if (rows !== columns) return rows > columns;
  return ATTRIBUTE_CORNER.test(header[0]?.text ?? '') || header[0]?.text === '';
}

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
  const systemColumns = columnsAreSystems(header, body);
  const cards = new Map<string, Card>();
  body.forEach((row, rowIndex) => {
    for (let column = 1; column < header.length; column += 1) {
      const cell = row[column];
      const columnLabel = header[column]?.text ?? '';
      const rowLabel = row[0]?.text ?? '';
      if (!cell || cell.text === '' || columnLabel === '') continue;
      const [system, asked] = systemColumns ? [columnLabel, rowLabel] : [rowLabel, columnLabel];
      // A label written as a question (무엇을 가르치는가?) is asked once, not twice.
      const attribute = asked.replace(/\s*[?？]+$/, '');
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
