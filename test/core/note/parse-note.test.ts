import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCards, noteIdFromPath, parseNote } from '../../../src/core/index';

const seedPath = fileURLToPath(
  new URL('../../../content/mlops/kubeflow-vertex-ai-sagemaker-pipelines.md', import.meta.url),
);
const seed = readFileSync(seedPath, 'utf8');
const plain = (markdown: string) => markdown.replace(/\*\*/g, '');

describe('parseNote on the seed note', () => {
  const note = parseNote(seed, { fileName: 'kubeflow-vertex-ai-sagemaker-pipelines' });

  it('reads the front matter', () => {
    expect(note.frontMatter).toEqual({
      title: 'ML 플랫폼 파이프라인: Kubeflow, Vertex AI, SageMaker 비교',
      date: '2025-07-07',
      tags: ['MLOps', 'Pipeline Tools', 'Kubeflow', 'Vertex AI', 'SageMaker'],
      difficulty: 'hard',
    });
    expect(note.title).toBe('ML 플랫폼 파이프라인: Kubeflow, Vertex AI, SageMaker 비교');
    expect(note.warnings).toEqual([]);
  });

  it('finds the template sections by heading text', () => {
    expect(note.sections.map((s) => s.kind)).toEqual(['concept', 'detail', 'example', 'interview', 'reading']);
    expect(note.body.startsWith('\n# ML 플랫폼')).toBe(true);
  });

  it('gives exactly its three questions and answers', () => {
    expect(note.questions).toHaveLength(3);
    expect(note.questions.map((q) => q.question)).toEqual([
      'Kubeflow를 직접 구축하는 대신 Vertex AI나 SageMaker 같은 관리형 서비스를 사용하는 것의 장단점은 무엇인가요?',
      'Vertex AI Pipelines가 Kubeflow를 기반으로 하면서도 차별화되는 점은 무엇인가요?',
      '어떤 상황에서 SageMaker Pipelines 대신 Kubeflow를 선택하는 것이 더 합리적일까요?',
    ]);
    const starts = ['가장 큰 장점은', 'Vertex AI Pipelines는', '멀티 클라우드 또는'];
    note.questions.forEach((q, index) => expect(plain(q.answer).startsWith(starts[index] ?? '?')).toBe(true));
    expect(note.questions[0]?.answer.startsWith('가장 큰 장점은 **인프라 관리 부담 감소**와')).toBe(true);
  });

  it('takes the bold phrases of an answer as keywords, particles attached or not', () => {
    expect(note.questions[0]?.keywords).toContain('인프라 관리 부담 감소');
    expect(note.questions[1]?.keywords).toEqual(['완전 관리형 서비스', '서버리스(Serverless)']);
  });

  it('points each question at its source lines', () => {
    const lines = seed.split('\n');
    for (const q of note.questions) {
      expect(lines[q.startLine - 1]).toContain(q.question);
      expect(lines[q.endLine - 1]).toContain('**A.**');
    }
  });

  it('keeps card ids when the note changes elsewhere', () => {
    const id = noteIdFromPath('mlops/kubeflow-vertex-ai-sagemaker-pipelines.md');
    const before = buildCards(id, note).map((card) => card.id);
    const edited = seed
      .replace('# ML 플랫폼 파이프라인', '# 바뀐 제목\n\n새 문단을 추가했습니다.\n\n# ML 플랫폼 파이프라인')
      .replace('가장 큰 장점은', '가장 중요한 장점은')
      .replace('difficulty: hard', 'difficulty: medium');
    const after = buildCards(id, parseNote(edited)).map((card) => card.id);
    expect(after).toEqual(before);
    expect(new Set(before).size).toBe(3);
  });
});

describe('duplicate questions', () => {
  it('warns that a repeated question is merged into the first card, pointing at the repeat', () => {
    const text = [
      '## 예상 면접 질문',
      '',
      '- **Q. 캐시란 무엇인가요?**',
      '  - **A.** 첫 번째 답.',
      '- **Q. 캐시란  무엇인가요?**',
      '  - **A.** 두 번째 답.',
    ].join('\n');
    const note = parseNote(text);
    expect(buildCards('n', note)).toHaveLength(1);
    expect(note.warnings).toEqual([
      expect.objectContaining({ code: 'duplicate-question', detail: '캐시란  무엇인가요?', line: 5 }),
    ]);
  });
});
