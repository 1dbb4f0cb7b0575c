import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  assessInterviewAnswer,
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
    const both = assessInterviewAnswer(
      'SageMaker는 Amazon Web Services가 관리하고, Kubeflow는 사용자가 직접 설치하고 운영합니다.',
      question,
    );
    expect(both.percent).toBe(100);
    const one = assessInterviewAnswer('SageMaker는 Amazon Web Services가 관리합니다.', question);
    expect(one.percent).toBe(50);
  });

  it('counts each side as half, however many facts its cell lists', () => {
    const question = interviewQuestion(byFront('Vertex AI Pipelines — 주요 업데이트?'), seed.cards);
    expect(question.keyPoints).toEqual([
      'LLM 지원(튜닝, 배포) 강화',
      '사용자 경험 간소화',
      'MLflow Tracking을 SageMaker Experiments 대체 기능으로 도입',
    ]);
    const vertexOnly = assessInterviewAnswer(
      'Vertex AI는 LLM 지원을 튜닝과 배포까지 강화했고 사용자 경험을 간소화했습니다.',
      question,
    );
    expect(vertexOnly.percent).toBe(50);
    expect(vertexOnly.suggestedGrade).toBe(2);
  });

  it('does not let words both cells share lift a one-sided answer past half', () => {
    const question = interviewQuestion(byFront('Vertex AI Pipelines — 적합한 조직?'), seed.cards);
    expect(question.keyPoints).toEqual([
      'Google Cloud를 메인으로 사용하며',
      '빠르고 간편한 MLOps 환경을 원하는 조직',
      'AWS를 메인으로 사용하며',
      '가장 포괄적이고 성숙한 MLOps 플랫폼을 원하는 조직',
    ]);
    const vertexOnly = assessInterviewAnswer(
      'Google Cloud를 메인으로 사용하며 빠르고 간편한 MLOps 환경을 원하는 조직에 맞습니다.',
      question,
    );
    expect(vertexOnly.keyPoints.slice(0, 2).map((point) => point.coverage)).toEqual(['covered', 'covered']);
    expect(vertexOnly.percent).toBe(50);
    expect(vertexOnly.suggestedGrade).toBe(2);
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
    expect(cellKeyPoints('LLM 지원(튜닝, 배포) 강화, 사용자 경험 간소화')).toEqual([
      'LLM 지원(튜닝, 배포) 강화',
      '사용자 경험 간소화',
    ]);
    expect(cellKeyPoints('쿠버네티스 네이티브<br>컨테이너 단위 실행')).toEqual([
      '쿠버네티스 네이티브',
      '컨테이너 단위 실행',
    ]);
  });
});

describe('planning an interview over every kind', () => {
  it('asks questions, one comparison per table attribute and the concept, never code recognition', () => {
    const plan = planInterview({
      notes: [seed],
      source: { kind: 'all' },
      questionCount: 50,
      seed: 1,
      states: new Map(),
      now: 0,
    });
    expect(plan.ok && plan.cardIds.length).toBe(3 + 6 + 1);
    const attributes = plan.ok
      ? plan.cardIds.flatMap((id) => seed.cards.find((c) => c.id === id)?.table?.attribute ?? [])
      : [];
    expect(new Set(attributes).size).toBe(6);
    const kinds = new Set(plan.ok ? plan.cardIds.map((id) => seed.cards.find((c) => c.id === id)?.kind) : []);
    expect(kinds).toEqual(new Set(['qa', 'table', 'concept']));
  });
});
