import { describe, expect, it } from 'vitest';
import {
  answerText,
  buildQuiz,
  previewText,
  retryQuestions,
  type CompiledCard,
  type NoteSummary,
  type QuizPlan,
  type QuizQuestion,
} from '../../../src/core';

const card = (noteId: string, n: number, answer: string): CompiledCard => ({
  id: `${noteId}#${n}`,
  noteId,
  kind: 'qa',
  question: `${noteId} 질문 ${n}`,
  answer,
  keywords: [],
  line: n,
  questionHtml: '',
  answerHtml: '',
});

const note = (id: string, deck: string, answers: string[], tags: string[] = []): NoteSummary => ({
  id,
  deck,
  title: id,
  date: null,
  tags,
  difficulty: null,
  cards: answers.map((answer, i) => card(id, i + 1, answer)),
  tables: [],
  warnings: [],
});

// Answers that share no wording, so none is a near-duplicate of another.
const serving = note('ml/serving/batching', 'ml/serving', [
  '요청을 묶어 GPU 연산 효율을 높입니다.',
  '지연 시간 목표 안에서 배치 크기를 정합니다.',
]);
const drift = note(
  'ml/drift',
  'ml',
  ['입력 분포가 학습 때와 달라지는 현상입니다.', '라벨이 늦게 오면 대리 지표로 추정합니다.'],
  ['MLOps'],
);
const registry = note('ml/registry', 'ml', ['모델 버전과 별칭으로 승격과 롤백을 관리합니다.'], ['mlops']);
const os = note('os/scheduling', 'os', [
  '프로세스마다 CPU 시간을 나누어 줍니다.',
  '문맥 교환 비용이 있습니다.',
  '우선순위 역전을 막으려면 상속을 씁니다.',
  '기아 상태는 에이징으로 풉니다.',
]);
const notes = [serving, drift, registry, os];

function questions(plan: QuizPlan): QuizQuestion[] {
  if (!plan.ok) throw new Error(`no quiz: ${plan.problem}`);
  return plan.questions;
}

describe('buildQuiz', () => {
  it('gives each question its own answer and three distinct distractors', () => {
    const quiz = questions(buildQuiz({ notes, scope: { kind: 'all' }, questionCount: 10, seed: 7 }));
    expect(quiz).toHaveLength(9);
    for (const question of quiz) {
      expect(question.options).toHaveLength(4);
      expect(question.options[question.correct]).toBe(question.card);
      expect(new Set(question.options.map((option) => option.id)).size).toBe(4);
    }
  });

  it('is the same quiz for the same seed and a different one for another seed', () => {
    const input = { notes, scope: { kind: 'all' }, questionCount: 5, seed: 42 } as const;
    const ids = (plan: QuizPlan) => questions(plan).map((q) => [q.card.id, q.options.map((o) => o.id)]);
    expect(ids(buildQuiz(input))).toEqual(ids(buildQuiz(input)));
    expect(ids(buildQuiz({ ...input, seed: 43 }))).not.toEqual(ids(buildQuiz(input)));
  });

  it('takes distractors from the same deck first', () => {
    const quiz = questions(buildQuiz({ notes, scope: { kind: 'deck', deck: 'os' }, questionCount: 4, seed: 1 }));
    expect(quiz.every((q) => q.options.every((option) => option.noteId === 'os/scheduling'))).toBe(true);
    expect(quiz.every((q) => q.source === 'deck')).toBe(true);
  });

  it('widens a small deck to its category and says so', () => {
    const plan = buildQuiz({ notes, scope: { kind: 'deck', deck: 'ml/serving' }, questionCount: 2, seed: 3 });
    const quiz = questions(plan);
    expect(plan.ok && plan.widenedTo).toBe('category');
    for (const question of quiz) {
      expect(question.options.every((option) => option.noteId.startsWith('ml/'))).toBe(true);
    }
  });

  it('widens to all notes when the category is too small too', () => {
    const plan = buildQuiz({
      notes: [note('ml/a', 'ml', ['하나의 답입니다.', '두 번째 설명입니다.']), os],
      scope: { kind: 'deck', deck: 'ml' },
      questionCount: 2,
      seed: 3,
    });
    expect(plan.ok && plan.widenedTo).toBe('all');
  });

  it('uses cards with the tag first in a tag quiz, any case', () => {
    const plan = buildQuiz({ notes, scope: { kind: 'tag', tag: 'mlops' }, questionCount: 3, seed: 5 });
    const quiz = questions(plan);
    expect(quiz.map((q) => q.card.noteId).sort()).toEqual(['ml/drift', 'ml/drift', 'ml/registry']);
    // Three tagged answers are not enough distractors for three questions: the deck fills in.
    expect(plan.ok && plan.widenedTo).toBe('deck');
  });

  it('reports no widening when the first pool suffices', () => {
    const plan = buildQuiz({ notes, scope: { kind: 'deck', deck: 'os' }, questionCount: 4, seed: 1 });
    expect(plan.ok && plan.widenedTo).toBeNull();
  });

  it('prefers distractors of a similar length', () => {
    const short = note('x/short', 'x', ['짧은 답.', '작은 값.', '빠른 길.', '낮은 벽.']);
    const long = note(
      'x/long',
      'x',
      Array.from({ length: 4 }, (_, i) => `${'아주 긴 설명 문장입니다 '.repeat(8)}${i}번`),
    );
    const quiz = questions(
      buildQuiz({ notes: [short, long], scope: { kind: 'note', noteId: 'x/short' }, questionCount: 4, seed: 9 }),
    );
    for (const question of quiz) expect(question.options.every((o) => o.noteId === 'x/short')).toBe(true);
  });

  it('never offers a duplicate or near-duplicate of the right answer', () => {
    const twins = note('t/twins', 't', [
      '캐시는 자주 읽는 값을 가까이 둡니다.',
      '캐시는 자주 읽는 값을 가까이 둡니다!',
      '캐시는  자주 읽는 값을 가까이 둡니다',
      '인덱스는 검색을 빠르게 합니다.',
      '샤딩은 데이터를 나눕니다.',
      '복제는 가용성을 높입니다.',
    ]);
    const quiz = questions(buildQuiz({ notes: [twins], scope: { kind: 'all' }, questionCount: 6, seed: 2 }));
    for (const question of quiz) {
      const texts = question.options.map(answerText);
      const caches = texts.filter((text) => text.startsWith('캐시는'));
      expect(caches.length).toBeLessThanOrEqual(1);
    }
  });

  it('skips questions without an answer, as questions and as choices', () => {
    const selfCheck = note('s/self', 's', ['', '  ']);
    const quiz = questions(buildQuiz({ notes: [selfCheck, os], scope: { kind: 'all' }, questionCount: 10, seed: 4 }));
    expect(quiz).toHaveLength(4);
    expect(quiz.flatMap((q) => q.options).every((option) => option.answer.trim() !== '')).toBe(true);
  });

  it('says why it cannot start', () => {
    const problem = (plan: QuizPlan) => (plan.ok ? 'ok' : plan.problem);
    expect(problem(buildQuiz({ notes, scope: { kind: 'deck', deck: 'nope' }, questionCount: 5, seed: 1 }))).toBe(
      'no-matching-notes',
    );
    expect(
      problem(buildQuiz({ notes: [note('e/empty', 'e', [])], scope: { kind: 'all' }, questionCount: 5, seed: 1 })),
    ).toBe('no-questions');
    expect(
      problem(buildQuiz({ notes: [note('s/self', 's', [''])], scope: { kind: 'all' }, questionCount: 5, seed: 1 })),
    ).toBe('no-answers');
    expect(problem(buildQuiz({ notes: [serving, registry], scope: { kind: 'all' }, questionCount: 5, seed: 1 }))).toBe(
      'too-few-answers',
    );
  });

  it('asks at most the number of questions wanted, at least one', () => {
    expect(questions(buildQuiz({ notes, scope: { kind: 'all' }, questionCount: 3, seed: 1 }))).toHaveLength(3);
    expect(questions(buildQuiz({ notes, scope: { kind: 'all' }, questionCount: 0, seed: 1 }))).toHaveLength(1);
  });
});

describe('retryQuestions', () => {
  it('keeps the questions and their choices, in a new order', () => {
    const quiz = questions(buildQuiz({ notes, scope: { kind: 'all' }, questionCount: 9, seed: 11 }));
    const retry = retryQuestions(quiz, 12);
    expect(retry.map((q) => q.card.id).sort()).toEqual(quiz.map((q) => q.card.id).sort());
    for (const question of retry) {
      expect(question.options[question.correct]).toBe(question.card);
      const original = quiz.find((q) => q.card.id === question.card.id);
      expect(question.options.map((o) => o.id).sort()).toEqual(original?.options.map((o) => o.id).sort());
    }
  });
});

describe('answer text for a choice', () => {
  it('is the plain text of the markdown answer', () => {
    expect(answerText(card('n', 1, '**피처 스토어**는 `feast`로\n  구현합니다.'))).toBe(
      '피처 스토어는 feast로 구현합니다.',
    );
  });

  it('cuts a long answer at a word, with an ellipsis', () => {
    const text = '가나다 '.repeat(60).trim();
    const preview = previewText(text, 160);
    expect([...preview].length).toBeLessThanOrEqual(161);
    expect(preview.endsWith('다…')).toBe(true);
    expect(previewText('짧은 답')).toBe('짧은 답');
  });
});
