import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { buildQuiz, prepareImport } from '../../../src/core';
import { allNotes, findNote } from '../../../src/data/notes';
import { db, importIntoLibrary } from '../../../src/db';
import { renderApp } from '../../render-app';

/** Three labelled examples and nothing else: each code card's choices are the three labels. */
const SDK_EXAMPLES = `---
title: SDK 예시
---

# SDK 예시

## 3. 예시 (Example)

**Kubeflow Pipelines:**

\`\`\`python
from kfp import dsl
\`\`\`

**Vertex AI Pipelines:**

\`\`\`python
from google.cloud import aiplatform
\`\`\`

**SageMaker Pipelines:**

\`\`\`python
from sagemaker.workflow.pipeline import Pipeline
\`\`\`
`;
const NOTE_ID = 'tools/sdk-examples';

async function importExamples(): Promise<void> {
  const bytes = new TextEncoder().encode(SDK_EXAMPLES);
  const prepared = prepareImport([{ path: `${NOTE_ID}.md`, kind: 'note', bytes }], {
    noteIds: new Set(),
    images: new Set(),
  });
  await importIntoLibrary(db, { ...prepared, now: Date.now() });
  await waitFor(() => expect(findNote(NOTE_ID)).toBeDefined());
}

/**
 * A quiz seed whose first question has three choices, the third right. The
 * page seeds its quiz with the time it starts, so the test fixes that time.
 */
function seedWithThirdChoiceRight(): number {
  for (let seed = 1; seed < 1000; seed += 1) {
    const plan = buildQuiz({ notes: allNotes(), scope: { kind: 'note', noteId: NOTE_ID }, questionCount: 10, seed });
    const [first] = plan.ok ? plan.questions : [];
    if (first?.options.length === 3 && first.correct === 2) return seed;
  }
  throw new Error('no seed puts the right answer third');
}

describe('a quiz code question', () => {
  it('shows the highlighted code with three choices; 4 names none, 3 answers the third', async () => {
    await renderApp(`/quiz?note=${encodeURIComponent(NOTE_ID)}`);
    await importExamples();
    const seed = seedWithThirdChoiceRight();
    const start = await screen.findByRole('button', { name: '퀴즈 시작' });
    const clock = vi.spyOn(Date, 'now').mockReturnValue(seed);
    fireEvent.click(start);
    clock.mockRestore();

    expect(await screen.findByRole('heading', { name: '문제 1 / 3' })).toBeInTheDocument();
    const question = document.querySelector('#quiz-question');
    expect(question).toHaveTextContent('이 코드는 어떤 도구/SDK의 예시인가요?');
    expect(question?.querySelector('pre code .hljs-keyword')).toHaveTextContent(/^(from|import)$/);
    const choices = within(screen.getByRole('list', { name: '보기' })).getAllByRole('button');
    expect(choices).toHaveLength(3);

    await userEvent.keyboard('4');
    expect(screen.getByRole('status')).toHaveTextContent('');
    expect(screen.queryByRole('button', { name: /다음 문제/ })).not.toBeInTheDocument();
    expect(choices.every((choice) => choice.getAttribute('aria-disabled') === 'false')).toBe(true);

    await userEvent.keyboard('3');
    expect(screen.getByRole('status')).toHaveTextContent('정답입니다!');
    expect(choices[2]).toHaveClass('quiz-right');
    expect(screen.getByRole('button', { name: /다음 문제/ })).toBeInTheDocument();
  });
});
