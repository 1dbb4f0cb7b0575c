import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { db } from '../../../src/db';
import { renderApp } from '../../render-app';

/** A fragment of each fixture question's right answer (the fixtures have five answered questions). */
const RIGHT_ANSWERS: Record<string, string> = {
  '이진 탐색의 시간 복잡도는 무엇인가요?': 'O(log n)',
  '이진 탐색을 쓰기 위한 전제 조건은 무엇인가요?': '임의 접근',
  'C#의 값 형식과 참조 형식의 차이는 무엇인가요?': '값 자체를 복사',
  '렌더링 점검 노트의 첫 질문은 무엇인가요?': '접혀 있다가',
  '<img src=x onerror=alert(1)> 질문은 안전한가요?': '텍스트로만 보입니다',
};

function choices(): HTMLButtonElement[] {
  return within(screen.getByRole('list', { name: '보기' })).getAllByRole('button') as HTMLButtonElement[];
}

function questionText(): string {
  return document.querySelector('#quiz-question')?.textContent?.trim() ?? '';
}

/** The key (1–4) of the right or a wrong choice for the question on screen. */
async function keyFor(right: boolean): Promise<string> {
  await screen.findByRole('article');
  const question = questionText();
  const fragment = RIGHT_ANSWERS[question];
  if (!fragment) throw new Error(`unknown question: ${question}`);
  const index = choices().findIndex((button) => (button.textContent ?? '').includes(fragment) === right);
  return String(index + 1);
}

async function startQuiz(path: string, options: { updateSchedule?: boolean } = {}): Promise<void> {
  await renderApp(path);
  if (options.updateSchedule) await userEvent.click(screen.getByRole('checkbox', { name: '플래시카드 일정에 반영' }));
  await userEvent.click(await screen.findByRole('button', { name: '퀴즈 시작' }));
}

describe('quiz page', () => {
  it('takes the deck from the address and says when it had to widen for distractors', async () => {
    await renderApp('/quiz?deck=algorithms');
    expect(await screen.findByRole('combobox', { name: '덱' })).toHaveValue('algorithms');
    expect(screen.getByRole('checkbox', { name: '플래시카드 일정에 반영' })).not.toBeChecked();
    await userEvent.click(screen.getByRole('button', { name: '퀴즈 시작' }));
    // Three answered questions in the deck: too few to give each three distractors from itself.
    expect(await screen.findByText(/모든 노트의 카드에서도 골랐습니다/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '문제 1 / 3' })).toBeInTheDocument();
    expect(choices()).toHaveLength(4);
  });

  it('answers by keyboard with immediate feedback, then scores, lists the missed and retries them', async () => {
    await startQuiz('/quiz?deck=algorithms');
    await userEvent.keyboard(await keyFor(true));
    expect(screen.getByRole('status')).toHaveTextContent('정답입니다!');
    expect(screen.getByRole('button', { name: /정답$/ })).toHaveClass('quiz-right');
    await userEvent.keyboard('{Enter}');

    const wrongKey = await keyFor(false);
    await userEvent.keyboard(wrongKey);
    expect(screen.getByRole('status')).toHaveTextContent(/틀렸습니다. 정답은 \d번입니다./);
    expect(choices()[Number(wrongKey) - 1]).toHaveClass('quiz-wrong');
    // A second number does not change the answer.
    await userEvent.keyboard(await keyFor(true));
    expect(choices()[Number(wrongKey) - 1]).toHaveClass('quiz-wrong');
    await userEvent.keyboard('{Enter}');

    await userEvent.keyboard(await keyFor(true));
    await userEvent.keyboard('{Enter}');

    expect(await screen.findByRole('heading', { name: '퀴즈 결과' })).toBeInTheDocument();
    expect(screen.getByText('3문제 중 2개 정답 (67%)')).toBeInTheDocument();
    expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(1);
    expect(await db.reviews.count()).toBe(0);

    await userEvent.click(screen.getByRole('button', { name: '틀린 1문제 다시 풀기' }));
    expect(await screen.findByRole('heading', { name: '문제 1 / 1' })).toBeInTheDocument();
    await userEvent.keyboard(await keyFor(true));
    await userEvent.keyboard(' ');
    expect(await screen.findByText('1문제 중 1개 정답 (100%)')).toBeInTheDocument();
    expect(screen.getByText('모두 맞혔습니다!')).toBeInTheDocument();
  });

  it('rates the cards Good and Again when the learner lets it update the schedule', async () => {
    await startQuiz('/quiz?deck=algorithms', { updateSchedule: true });
    await userEvent.keyboard(await keyFor(true));
    await userEvent.click(screen.getByRole('button', { name: /다음 문제/ }));
    await userEvent.keyboard(await keyFor(false));
    await waitFor(async () => expect(await db.reviews.count()).toBe(2));
    const reviews = await db.reviews.orderBy('id').toArray();
    expect(reviews.map((review) => [review.kind === 'rating' && review.grade, review.source])).toEqual([
      [3, 'quiz'],
      [1, 'quiz'],
    ]);
  });

  it('ignores number keys while a Korean IME is composing', async () => {
    await startQuiz('/quiz?deck=algorithms');
    await screen.findByRole('heading', { name: '문제 1 / 3' });
    fireEvent.keyDown(window, { key: '1', isComposing: true });
    fireEvent.keyDown(window, { key: 'Process' });
    expect(screen.queryByRole('button', { name: /다음 문제/ })).not.toBeInTheDocument();
    fireEvent.keyDown(window, { key: '1' });
    expect(await screen.findByRole('button', { name: /다음 문제/ })).toBeInTheDocument();
  });

  it('says why instead of starting when nothing in the scope can be asked', async () => {
    await startQuiz('/quiz?note=broken');
    expect(await screen.findByRole('alert')).toHaveTextContent('카드가 없어 퀴즈를 시작할 수 없습니다');
    expect(screen.queryByRole('list', { name: '보기' })).not.toBeInTheDocument();
  });

  it('says so when the tag in the address matches no note', async () => {
    await startQuiz('/quiz?tag=없는태그');
    expect(await screen.findByRole('alert')).toHaveTextContent('이 범위에 해당하는 노트가 없어');
  });

  it('asks the cards that have an answer, table cells included, and never the self-check question', async () => {
    await startQuiz('/quiz?note=reader/rich-note');
    // Its answered question and the five cells of its table; its 핵심 개념 has too few like it for three distractors.
    const asked: string[] = [];
    for (let number = 1; number <= 6; number += 1) {
      expect(await screen.findByRole('heading', { name: `문제 ${number} / 6` })).toBeInTheDocument();
      asked.push(questionText());
      await userEvent.keyboard('1');
      await userEvent.keyboard('{Enter}');
    }
    expect(await screen.findByRole('heading', { name: '퀴즈 결과' })).toBeInTheDocument();
    expect(asked).toContain('렌더링 점검 노트의 첫 질문은 무엇인가요?');
    expect(asked.filter((question) => question.endsWith('— 관리?'))).toHaveLength(5);
    expect(asked).not.toContain('답이 없는 자기 점검 질문인가요?');
  });

  it('rejects a number of questions out of range', async () => {
    await renderApp('/quiz');
    const count = await screen.findByRole('spinbutton', { name: '문제 수' });
    expect(count).toHaveValue(10);
    await userEvent.clear(count);
    await userEvent.type(count, '0');
    await userEvent.click(screen.getByRole('button', { name: '퀴즈 시작' }));
    expect(screen.getByRole('alert')).toHaveTextContent('1에서 100 사이');
  });

  it('speaks English when the learner chose it', async () => {
    await renderApp('/quiz', { language: 'en' });
    await userEvent.click(await screen.findByRole('button', { name: 'Start quiz' }));
    expect(await screen.findByRole('heading', { name: /^Question 1 of \d+$/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Quiz' })).toHaveAttribute('href', '/quiz');
  });
});
