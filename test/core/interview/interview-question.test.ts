import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  assessAnswer,
  cellKeyPoints,
  compileNote,
  interviewQuestion,
  planInterview,
  type CompiledCard,
} from '../../../src/core/index';

const SEED_PATH = 'mlops/kubeflow-vertex-ai-sagemaker-pipelines.md';
const seed = compileNote(SEED_PATH, readFileSync(`content/${SEED_PATH}`));
const byFront = (front: string): CompiledCard => {
  const card = seed.cards.find((c) => c.question === front);
  if (!card) throw new Error(`no card ${front}`);
  return card;
};

describe('a table card as an interview question', () => {
  it('compares the asked system with the next one on the same attribute, graded on both cells', () => {
    const question = interviewQuestion(byFront('Kubeflow Pipelines — 관리 주체?'), seed.cards);
    expect(question.text).toBe('Kubeflow Pipelines와 Vertex AI Pipelines의 관리 주체 차이를 설명하세요');
    expect(question.parts.map((part) => [part.label, part.card.answer])).toEqual([
      ['Kubeflow Pipelines', '사용자 (직접 설치 및 운영)'],
      ['Vertex AI Pipelines', 'Google Cloud'],
    ]);
    expect(question.keyPoints).toEqual(['사용자 (직접 설치 및 운영)', 'Google Cloud']);
  });

  it('wraps around to the first system for the last one', () => {
    const question = interviewQuestion(byFront('SageMaker Pipelines — 핵심 장점?'), seed.cards);
    expect(question.text).toBe('SageMaker Pipelines와 Kubeflow Pipelines의 핵심 장점 차이를 설명하세요');
    expect(question.keyPoints).toEqual([
      '풍부한 기능',
      'AWS 서비스와 완벽한 통합',
      '성숙도',
      '클라우드 독립성',
      '높은 유연성',
      '강력한 커스터마이징',
    ]);
  });

  it('gives an answer naming both sides its coverage, and one naming one side half', () => {
    const question = interviewQuestion(byFront('SageMaker Pipelines — 관리 주체?'), seed.cards);
    expect(question.text).toBe('SageMaker Pipelines와 Kubeflow Pipelines의 관리 주체 차이를 설명하세요');
    const both = assessAnswer(
      'SageMaker는 Amazon Web Services가 관리하고, Kubeflow는 사용자가 직접 설치하고 운영합니다.',
      question.keyPoints,
    );
    expect(both.percent).toBe(100);
    const one = assessAnswer('SageMaker는 Amazon Web Services가 관리합니다.', question.keyPoints);
    expect(one.percent).toBe(50);
  });

  it('asks a cell alone when no other row has the attribute', () => {
    const lone = { ...byFront('Kubeflow Pipelines — 관리 주체?') };
    const question = interviewQuestion(lone, [lone]);
    expect(question.text).toBe('Kubeflow Pipelines의 관리 주체를 설명하세요');
    expect(question.parts).toHaveLength(1);
  });

  it('asks questions and concepts as written', () => {
    const concept = seed.cards.find((card) => card.kind === 'concept')!;
    expect(interviewQuestion(concept, seed.cards)).toMatchObject({ text: null, keyPoints: [] });
    const qa = seed.cards.find((card) => card.kind === 'qa')!;
    expect(interviewQuestion(qa, seed.cards).keyPoints).toEqual(qa.keywords);
  });
});

describe('cell key points', () => {
  it('splits a cell into its listed facts', () => {
    expect(cellKeyPoints('**클라우드 독립성**, 높은 유연성、 강력한 커스터마이징')).toEqual([
      '클라우드 독립성',
      '높은 유연성',
      '강력한 커스터마이징',
    ]);
    expect(cellKeyPoints('빠름 / 단순함')).toEqual(['빠름', '단순함']);
  });
});

describe('planning an interview over every kind', () => {
  it('asks questions, table cells and the concept, never code recognition', () => {
    const plan = planInterview({
      notes: [seed],
      source: { kind: 'all' },
      questionCount: 50,
      seed: 1,
      states: new Map(),
      now: 0,
    });
    expect(plan.ok && plan.cardIds.length).toBe(3 + 18 + 1);
    const kinds = new Set(plan.ok ? plan.cardIds.map((id) => seed.cards.find((c) => c.id === id)?.kind) : []);
    expect(kinds).toEqual(new Set(['qa', 'table', 'concept']));
  });
});
