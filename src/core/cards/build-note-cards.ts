import type { Card } from '../card-types';
import { extractKeywords } from '../note/keywords';
import type { ParsedNote, Section } from '../note-types';
import { buildCards } from './build-cards';
import { cardId } from './card-id';
import { findMarkdownBlocks } from './markdown-blocks';
import { buildTableCards } from './table-cards';

export const CONCEPT_PROMPT = '핵심 개념을 설명하세요';
export const CODE_PROMPT = '이 코드는 어떤 도구/SDK의 예시인가요?';

const lineIn = (section: Section, offset: number): number => section.bodyLine + offset;

function conceptCard(noteId: string, note: ParsedNote): Card[] {
  const section = note.sections.find((s) => s.kind === 'concept');
  const answer = section?.markdown.trim() ?? '';
  if (!section || answer === '') return [];
  const question = `${note.title} — ${CONCEPT_PROMPT}`;
  return [
    {
      id: cardId(noteId, question, 'concept'),
      noteId,
      kind: 'concept',
      question,
      answer,
      // Bold phrases of the summary are its key points, as in a model answer.
      keywords: extractKeywords(answer),
      line: section.startLine,
    },
  ];
}

/**
 * Every kind of card a note yields: its interview questions ("qa", exactly
 * as buildCards makes them), the concept summary, the cells of comparison
 * tables outside the interview section (a table inside an answer belongs to
 * its question), and labelled code examples of the example section.
 */
export function buildNoteCards(noteId: string, note: ParsedNote): Card[] {
  const cards = [...buildCards(noteId, note), ...conceptCard(noteId, note)];
  const byId = new Map(cards.map((card) => [card.id, card]));
  const add = (card: Card): void => {
    const same = byId.get(card.id);
    // The same front twice in a note is one card; a second table's cell for it joins the answer.
    if (same?.kind === 'table' && card.kind === 'table' && !same.answer.split(' / ').includes(card.answer)) {
      same.answer += ` / ${card.answer}`;
    }
    if (same) return;
    byId.set(card.id, card);
    cards.push(card);
  };
  for (const section of note.sections) {
    if (section.kind === 'interview' || section.kind === 'reading') continue;
    const { tables, fences } = findMarkdownBlocks(section.markdown);
    for (const table of tables) {
      buildTableCards(table, { noteId, line: lineIn(section, table.line) }).forEach(add);
    }
    if (section.kind !== 'example') continue;
    for (const fence of fences) {
      if (fence.info === 'mermaid') continue;
      const question = `${CODE_PROMPT}\n\n${fence.markdown}`;
      add({
        id: cardId(noteId, question, 'code'),
        noteId,
        kind: 'code',
        question,
        answer: fence.label,
        keywords: [],
        line: lineIn(section, fence.line),
      });
    }
  }
  return cards;
}
