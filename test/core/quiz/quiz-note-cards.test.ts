import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildQuiz, compileNote, type QuizQuestion } from '../../../src/core/index';

const SEED_PATH = 'mlops/kubeflow-vertex-ai-sagemaker-pipelines.md';
const seed = compileNote(SEED_PATH, readFileSync(`content/${SEED_PATH}`));

function quizOfSeed(seedNumber: number): QuizQuestion[] {
  const plan = buildQuiz({ notes: [seed], scope: { kind: 'all' }, questionCount: 50, seed: seedNumber });
  if (!plan.ok) throw new Error(plan.problem);
  return plan.questions;
}

describe('a quiz over table and code cards', () => {
  const questions = quizOfSeed(7);

  it('offers the labels of the note’s other code examples for a code card', () => {
    const code = questions.filter((question) => question.card.kind === 'code');
    expect(code).toHaveLength(3);
    for (const question of code) {
      expect(question.options.map((option) => option.answer).sort()).toEqual([
        'Kubeflow Pipelines (kfp v2)',
        'SageMaker Pipelines',
        'Vertex AI Pipelines',
      ]);
      expect(question.options[question.correct]).toBe(question.card);
      expect(question.source).toBe('note');
    }
  });

  it('offers only the other systems’ cells of the same attribute for a table card', () => {
    const managed = questions.find((question) => question.card.question === 'SageMaker Pipelines — 관리 주체?');
    // Not "AWS 네이티브 (AWS 관리형)": another attribute of the same system, which could pass for right.
    expect(managed?.options.map((option) => option.answer).sort()).toEqual(
      ['Amazon Web Services', 'Google Cloud', '사용자 (직접 설치 및 운영)'].sort(),
    );
  });

  it('never offers another note’s tool for a code card, even when other notes have code', () => {
    const other = compileNote(
      'mlops/tracking.md',
      new TextEncoder().encode('# 추적\n\n## 예시\n\n**MLflow:**\n\n```python\nmlflow.log_metric("auc", 0.9)\n```\n'),
    );
    const plan = buildQuiz({
      notes: [seed, other],
      scope: { kind: 'note', noteId: seed.id },
      questionCount: 50,
      seed: 3,
    });
    const code = plan.ok ? plan.questions.filter((question) => question.card.kind === 'code') : [];
    expect(code).toHaveLength(3);
    expect(code.every((question) => question.options.every((option) => option.answer !== 'MLflow'))).toBe(true);
  });

  it('never mixes kinds among the choices, and leaves out the lone concept card', () => {
    for (const question of questions) {
      expect(question.options.every((option) => option.kind === question.card.kind)).toBe(true);
    }
    expect(questions.some((question) => question.card.kind === 'concept')).toBe(false);
    // Every table cell can be asked; the seed's three interview questions have too few other answers to be.
    expect(questions.filter((question) => question.card.kind === 'table')).toHaveLength(18);
  });
});
