import { josa } from 'es-hangul';
import type { CardKind } from '../card-types';
import type { CompiledCard } from '../content/compiled-note';
import { markdownLine } from '../search/markdown-text';
import { collapseWhitespace } from '../text/normalize';
import { assessAnswer, gradeFromPercent, type AnswerAssessment } from './assess-answer';

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
  /** For a comparison, which side (0 or 1) each key point is about; empty otherwise. */
  keyPointSides: number[];
}

/**
 * The facts of one table cell, as key points: its comma-separated items
 * ("클라우드 독립성, 높은 유연성, 강력한 커스터마이징" is three), since a
 * spoken comparison names them, not the cell word for word.
 */
export function cellKeyPoints(markdown: string): string[] {
  const text = collapseWhitespace(markdownLine(markdown.replace(/<br\s*\/?>/gi, ', ')));
  const points: string[] = [];
  let depth = 0;
  let start = 0;
  // Commas inside parentheses belong to their item: "LLM 지원(튜닝, 배포) 강화" is one fact.
  for (let index = 0; index <= text.length; index += 1) {
    const char = text[index] ?? ',';
    if ('([{（'.includes(char)) depth += 1;
    else if (')]}）'.includes(char)) depth = Math.max(0, depth - 1);
    const slash = char === '/' && text[index - 1] === ' ' && text[index + 1] === ' ';
    if ((depth === 0 && ',，、;；'.includes(char)) || index === text.length || slash) {
      points.push(text.slice(start, index).trim());
      start = index + 1;
    }
  }
  return points.filter((point) => point !== '');
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

/**
 * How the mock interview asks `card`. A table cell becomes a comparison with
 * the next system of its table ("Kubeflow Pipelines와 SageMaker Pipelines의
 * 관리 주체 차이를 설명하세요"), graded on the facts of both cells, each
 * side half (see assessInterviewAnswer); a question or concept card is
 * asked as written, graded against its bold phrases. `noteCards` are the
 * cards of the card's note.
 */
export function interviewQuestion(card: CompiledCard, noteCards: readonly CompiledCard[]): InterviewQuestion {
  const table = card.table;
  if (card.kind !== 'table' || !table) {
    return {
      text: null,
      parts: [{ label: null, card }],
      keyPoints: card.answer.trim() ? card.keywords : [],
      keyPointSides: [],
    };
  }
  const other = comparedWith(card, noteCards);
  if (!other?.table) {
    return {
      text: `${table.system}의 ${josa(table.attribute, '을/를')} 설명하세요`,
      parts: [{ label: table.system, card }],
      keyPoints: cellKeyPoints(card.answer),
      keyPointSides: [],
    };
  }
  return {
    text: `${josa(table.system, '와/과')} ${other.table.system}의 ${table.attribute} 차이를 설명하세요`,
    parts: [
      { label: table.system, card },
      { label: other.table.system, card: other },
    ],
    ...sidedKeyPoints(cellKeyPoints(card.answer), cellKeyPoints(other.answer)),
  };
}

function sidedKeyPoints(first: string[], second: string[]): Pick<InterviewQuestion, 'keyPoints' | 'keyPointSides'> {
  const points: [string, number][] = [...new Set(first)].map((point) => [point, 0]);
  for (const point of new Set(second)) if (!first.includes(point)) points.push([point, 1]);
  return { keyPoints: points.map(([point]) => point), keyPointSides: points.map(([, side]) => side) };
}

/**
 * The answer's coverage of the question's key points. A comparison counts
 * each side as half, however many facts its cell lists, and within a side
 * only facts covered: the two cells of a row are often written alike
 * ("…를 메인으로 사용하며 …을 원하는 조직"), so an answer about one system
 * shares words with the other's facts, and those partial matches must not
 * lift it past half.
 */
export function assessInterviewAnswer(answer: string, question: InterviewQuestion): AnswerAssessment {
  const assessment = assessAnswer(answer, question.keyPoints);
  const sides = [...new Set(question.keyPointSides)];
  if (sides.length < 2) return assessment;
  const sideScore = (side: number): number => {
    const points = assessment.keyPoints.filter((_, index) => question.keyPointSides[index] === side);
    return points.filter((point) => point.coverage === 'covered').length / points.length;
  };
  const percent = (100 * sides.reduce((sum, side) => sum + sideScore(side), 0)) / sides.length;
  return { ...assessment, percent, suggestedGrade: gradeFromPercent(percent) };
}
