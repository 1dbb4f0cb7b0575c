import { josa } from 'es-hangul';
import type { CardKind } from '../card-types';
import type { CompiledCard } from '../content/compiled-note';
import { markdownLine } from '../search/markdown-text';
import { collapseWhitespace } from '../text/normalize';

/**
 * The kinds a mock interview asks. A code card is a recognition drill
 * (which SDK is this?), not something an interviewer asks out loud.
 */
export const INTERVIEW_KINDS: ReadonlySet<CardKind> = new Set(['qa', 'table', 'concept']);

/** One part of a model answer: a card's answer, labelled with the system it is about when two are compared. */
export interface ModelAnswerPart {
  label: string | null;
  card: CompiledCard;
}

/** A card as an interviewer asks it. */
export interface InterviewQuestion {
  /** Plain text of the question when it is not the card's front (a comparison of two rows); null: the front. */
  text: string | null;
  parts: ModelAnswerPart[];
  /** What a good answer mentions; empty for a self-check question. */
  keyPoints: string[];
}

/**
 * The facts of one table cell, as key points: its comma-separated items
 * ("클라우드 독립성, 높은 유연성, 강력한 커스터마이징" is three), since a
 * spoken comparison names them, not the cell word for word.
 */
export function cellKeyPoints(markdown: string): string[] {
  return collapseWhitespace(markdownLine(markdown))
    .split(/\s*(?:[,，、;；]|\s\/\s)\s*/)
    .map((point) => point.trim())
    .filter((point) => point !== '');
}

/** The next row of the same table with a cell for the same attribute, in table order, wrapping around. */
function comparedWith(card: CompiledCard, noteCards: readonly CompiledCard[]): CompiledCard | undefined {
  const table = card.table;
  if (!table) return undefined;
  const peers = noteCards.filter(
    (other) =>
      other.table?.index === table.index &&
      other.table.attribute === table.attribute &&
      (other.id === card.id || other.table.system !== table.system),
  );
  const at = peers.findIndex((other) => other.id === card.id);
  return peers.length > 1 ? peers[(at + 1) % peers.length] : undefined;
}

const unique = (points: string[]): string[] => [...new Set(points)];

/**
 * How the mock interview asks `card`. A table cell becomes a comparison with
 * the next system of its table ("Kubeflow Pipelines와 SageMaker Pipelines의
 * 관리 주체 차이를 설명하세요"), graded against the facts of both cells; a
 * question or concept card is asked as written, graded against its bold
 * phrases. `noteCards` are the cards of the card's note.
 */
export function interviewQuestion(card: CompiledCard, noteCards: readonly CompiledCard[]): InterviewQuestion {
  const table = card.table;
  if (card.kind !== 'table' || !table) {
    return { text: null, parts: [{ label: null, card }], keyPoints: card.answer.trim() ? card.keywords : [] };
  }
  const other = comparedWith(card, noteCards);
  if (!other?.table) {
    return {
      text: `${table.system}의 ${josa(table.attribute, '을/를')} 설명하세요`,
      parts: [{ label: table.system, card }],
      keyPoints: cellKeyPoints(card.answer),
    };
  }
  return {
    text: `${josa(table.system, '와/과')} ${other.table.system}의 ${table.attribute} 차이를 설명하세요`,
    parts: [
      { label: table.system, card },
      { label: other.table.system, card: other },
    ],
    keyPoints: unique([...cellKeyPoints(card.answer), ...cellKeyPoints(other.answer)]),
  };
}
