import { describe, expect, it } from 'vitest';
import {
  buildNoteCards,
  EDIT_SIMILARITY,
  parseNote,
  questionSimilarity,
  relinkCards,
  type NoteCards,
} from '../../../src/core';

/** A note version as the library would import it. */
function version(noteId: string, questions: string[]): NoteCards {
  const body = questions.map((q) => `- **Q. ${q}**\n  - **A.** 답입니다.`).join('\n');
  return { noteId, cards: buildNoteCards(noteId, parseNote(`# 노트\n\n## 예상 면접 질문\n\n${body}\n`)) };
}

const idOf = (note: NoteCards, question: string): string => {
  const card = note.cards.find((c) => c.question === question);
  if (!card) throw new Error(`no card for ${question}`);
  return card.id;
};

const QUESTIONS = [
  '피처 스토어의 온라인 저장소와 오프라인 저장소는 어떻게 다른가요?',
  '학습-서빙 스큐(training-serving skew)는 왜 생기나요?',
  '포인트 인 타임 조인이 필요한 이유는 무엇인가요?',
];

describe('re-importing edited notes', () => {
  const before = version('mlops/feature-store', QUESTIONS);

  it('keeps every card of an unchanged note', () => {
    const result = relinkCards([before], [version('mlops/feature-store', QUESTIONS)]);
    expect(result).toEqual({ kept: before.cards.map((c) => c.id), changed: [], moved: [], removed: [], added: [] });
  });

  it('links a question with a typo fixed or a phrase added to its old card, as changed', () => {
    const edited = [
      '피처 스토어의 온라인 저장소와 오프라인 저장소는 어떻게 다른가요?',
      '학습-서빙 스큐(training-serving skew)는 왜 생기나요?',
      '포인트 인 타임 조인이 반드시 필요한 이유는 무엇인가요?',
    ];
    const typo = version('mlops/feature-store', [
      QUESTIONS[0]!,
      '학습-서빙 스큐(training-serving skew)는 왜 생기나여?',
      QUESTIONS[2]!,
    ]);
    const typoResult = relinkCards([before], [typo]);
    expect(typoResult.changed).toEqual([
      {
        from: idOf(before, QUESTIONS[1]!),
        to: idOf(typo, '학습-서빙 스큐(training-serving skew)는 왜 생기나여?'),
        similarity: expect.any(Number),
      },
    ]);
    expect(typoResult.removed).toEqual([]);
    expect(typoResult.added).toEqual([]);

    const after = version('mlops/feature-store', edited);
    const result = relinkCards([before], [after]);
    expect(result.changed.map((link) => [link.from, link.to])).toEqual([
      [idOf(before, QUESTIONS[2]!), idOf(after, edited[2]!)],
    ]);
    expect(result.changed[0]!.similarity).toBeGreaterThanOrEqual(EDIT_SIMILARITY);
    expect(result.kept).toHaveLength(2);
  });

  it('treats a different question as removed (archived) plus added, never as an edit', () => {
    const after = version('mlops/feature-store', [
      QUESTIONS[0]!,
      QUESTIONS[1]!,
      '피처 스토어를 도입하지 말아야 할 때는 언제인가요?',
    ]);
    const result = relinkCards([before], [after]);
    expect(result.changed).toEqual([]);
    expect(result.removed).toEqual([idOf(before, QUESTIONS[2]!)]);
    expect(result.added).toEqual([idOf(after, '피처 스토어를 도입하지 말아야 할 때는 언제인가요?')]);
  });

  it('archives every card of a note that disappeared', () => {
    const other = version('mlops/model-registry', ['모델 레지스트리의 스테이지는 무엇인가요?']);
    const result = relinkCards([before, other], [other]);
    expect(result.removed).toEqual(before.cards.map((c) => c.id));
    expect(result.kept).toEqual(other.cards.map((c) => c.id));
  });

  it('follows a note moved to another folder with the same file name and questions', () => {
    const moved = version('data/feature-store', QUESTIONS);
    const result = relinkCards([before], [moved]);
    expect(result.moved).toEqual(
      QUESTIONS.map((q) => ({
        from: idOf(before, q),
        to: idOf(moved, q),
        fromNote: 'mlops/feature-store',
        toNote: 'data/feature-store',
      })),
    );
    expect(result.removed).toEqual([]);
    expect(result.added).toEqual([]);
  });

  it('does not take a different note of the same file name for a move', () => {
    const namesake = version('data/feature-store', ['전혀 다른 노트의 질문인가요?']);
    const result = relinkCards([before], [namesake]);
    expect(result.moved).toEqual([]);
    expect(result.removed).toHaveLength(3);
    expect(result.added).toEqual(namesake.cards.map((c) => c.id));
  });

  it('links each old card to at most one new card', () => {
    const after = version('mlops/feature-store', [
      '학습-서빙 스큐(training-serving skew)는 왜 생기나여?',
      '학습-서빙 스큐(training-serving skew)는 왜 생기나유?',
    ]);
    const old = version('mlops/feature-store', [QUESTIONS[1]!.replace('생기나요', '생기나요 ')]);
    const result = relinkCards([old], [after]);
    expect(result.changed).toHaveLength(1);
    expect(result.added).toHaveLength(1);
  });
});

describe('questionSimilarity', () => {
  it('ignores case, spacing and Unicode form', () => {
    expect(questionSimilarity('RAG란  무엇인가요?', 'rag란 무엇인가요?'.normalize('NFD'))).toBe(1);
  });

  it('falls well below the threshold for unrelated questions', () => {
    expect(questionSimilarity('교착 상태의 조건은?', '가상 메모리란?')).toBeLessThan(0.5);
  });
});
