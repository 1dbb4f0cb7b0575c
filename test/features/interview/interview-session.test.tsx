import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/db';
import { renderApp } from '../../render-app';
import {
  cardWith,
  importNote,
  MANAGED_BY_COMPARISON,
  noteCard,
  openSession,
  PIPELINES,
  PIPELINES_PATH,
} from './interview-helpers';

const complexity = cardWith('시간 복잡도');
const premise = cardWith('전제 조건');
const selfCheck = cardWith('자기 점검');

afterEach(() => {
  localStorage.clear();
  vi.unstubAllGlobals();
});

const answerBox = () => screen.findByRole('textbox', { name: '내 답변' });

describe('an interview question', () => {
  it('never submits on Enter or Ctrl+Enter while a Korean IME is composing; Ctrl+Enter submits after', async () => {
    const { router } = await renderApp('/');
    await openSession(router, [complexity.id]);
    const box = await answerBox();
    fireEvent.compositionStart(box);
    fireEvent.change(box, { target: { value: '로그 시' } });
    fireEvent.keyDown(box, { key: 'Enter', isComposing: true });
    fireEvent.keyDown(box, { key: 'Enter', ctrlKey: true, isComposing: true });
    fireEvent.keyDown(box, { key: 'Enter', ctrlKey: true, keyCode: 229 });
    fireEvent.compositionEnd(box);
    // Plain Enter is a new line in an essay answer, not a submission.
    fireEvent.keyDown(box, { key: 'Enter' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByText('모범 답안')).not.toBeInTheDocument();
    expect(box).toHaveValue('로그 시');
    fireEvent.keyDown(box, { key: 'Enter', ctrlKey: true });
    expect(await screen.findByText('모범 답안')).toBeInTheDocument();
  });

  it('shows the model answer beside the highlighted answer, key-point verdicts and coverage, and grades into FSRS', async () => {
    const { router } = await renderApp('/');
    const id = await openSession(router, [premise.id, complexity.id]);
    await userEvent.type(await answerBox(), '배열이 정렬되어 있어야 합니다');
    await userEvent.click(screen.getByRole('button', { name: /답변 제출/ }));
    const points = await screen.findByRole('list');
    const items = within(points).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(['충족 정렬되어 있어야', '누락 임의 접근']);
    expect(screen.getByText('핵심 포인트 커버리지 50%')).toBeInTheDocument();
    const marked = document.querySelectorAll('.user-answer mark');
    expect([...marked].map((mark) => mark.textContent).join(' ')).toMatch(/정렬/);
    // Focus moves in an effect after the feedback renders.
    await waitFor(() => expect(screen.getByRole('button', { name: '어려움, 추천' })).toHaveFocus());
    await userEvent.keyboard('3');
    expect(await screen.findByText('질문 2 / 2')).toBeInTheDocument();
    const [review] = await db.reviews.toArray();
    expect(review).toMatchObject({ cardId: premise.id, grade: 3, source: 'interview' });
    expect(await db.cardStates.get(premise.id)).toBeDefined();
    expect((await db.interviewSessions.get(id))?.results).toHaveLength(1);
  });

  it('brings the typed draft back after the page is left and reopened', async () => {
    const { router } = await renderApp('/');
    const id = await openSession(router, [complexity.id]);
    await userEvent.type(await answerBox(), '절반씩 줄어서');
    cleanup();
    const again = await renderApp('/');
    // renderApp empties the database; the session row comes back as it was, the draft from localStorage.
    await db.interviewSessions.put({
      id,
      uid: 'reloaded-session',
      settings: { source: { kind: 'all' }, questionCount: 1, timeLimitMs: null, answerMode: 'typed' },
      cardIds: [complexity.id],
      results: [],
      pending: null,
      status: 'in-progress',
      startedAt: Date.now(),
      questionStartedAt: Date.now(),
      finishedAt: null,
    });
    await act(() => again.router.navigate(`/interview/session/${id}`));
    expect(await answerBox()).toHaveValue('절반씩 줄어서');
  });

  it('submits the answer as it is when time runs out', async () => {
    const { router } = await renderApp('/');
    const id = await openSession(router, [complexity.id], {
      settings: { timeLimitMs: 60_000 },
      questionStartedAt: Date.now() - 58_800,
    });
    await userEvent.type(await answerBox(), '로그 엔');
    expect(
      await screen.findByText('시간이 다 되어 지금까지 쓴 답을 제출했습니다.', {}, { timeout: 3000 }),
    ).toBeInTheDocument();
    const session = await db.interviewSessions.get(id);
    expect(session?.pending).toMatchObject({ answer: '로그 엔', timedOut: true, timeUsedMs: 60_000 });
  });

  it('submits the saved draft at once when reopened after the time ran out (a reload never resets the clock)', async () => {
    const { router } = await renderApp('/');
    const id = await openSession(router, [complexity.id], {
      settings: { timeLimitMs: 60_000 },
      questionStartedAt: Date.now() - 5 * 60_000,
      draft: '절반씩',
    });
    expect(await screen.findByText('시간이 다 되어 지금까지 쓴 답을 제출했습니다.')).toBeInTheDocument();
    expect((await db.interviewSessions.get(id))?.pending).toMatchObject({ answer: '절반씩', timedOut: true });
  });

  it('announces the time left only at 30 and 10 seconds', async () => {
    const { router } = await renderApp('/');
    await openSession(router, [complexity.id], {
      settings: { timeLimitMs: 60_000 },
      questionStartedAt: Date.now() - 35_000,
    });
    const timer = await screen.findByRole('timer');
    expect(timer.textContent).toMatch(/^0:2[45]$/);
    const live = document.querySelector('[aria-live="assertive"]');
    expect(live).toHaveTextContent('30초 남았습니다.');
    expect(timer).toHaveAttribute('aria-live', 'off');
  });

  it('lets the learner grade a question without a model answer themselves', async () => {
    const { router } = await renderApp('/');
    const id = await openSession(router, [selfCheck.id]);
    await userEvent.type(await answerBox(), '제 생각에는 그렇습니다');
    await userEvent.click(screen.getByRole('button', { name: /답변 제출/ }));
    expect(await screen.findByText('이 질문에는 노트에 답이 없습니다. 스스로 평가하세요.')).toBeInTheDocument();
    expect(screen.queryByText(/커버리지/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /추천/ })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '좋음' }));
    expect(await screen.findByRole('heading', { name: '면접 결과' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/interview/report/${id}`);
    expect(screen.getByText('자기 평가')).toBeInTheDocument();
  });
});

describe('a table cell', () => {
  it('is asked as a comparison with the next system, graded against both cells, and rates only the planned card', async () => {
    const { router } = await renderApp('/');
    const note = await importNote(PIPELINES_PATH, PIPELINES);
    const kubeflow = noteCard(note, 'Kubeflow Pipelines — 관리 주체?');
    const sagemaker = noteCard(note, 'SageMaker Pipelines — 관리 주체?');
    await openSession(router, [kubeflow.id]);
    const question = await screen.findByText(MANAGED_BY_COMPARISON);
    expect(question.closest('#interview-question')).not.toBeNull();
    expect(screen.queryByText('Kubeflow Pipelines — 관리 주체?')).not.toBeInTheDocument();

    // Names Kubeflow's fact only.
    await userEvent.type(await answerBox(), '쿠버플로는 사용자가 직접 운영합니다');
    await userEvent.click(screen.getByRole('button', { name: /답변 제출/ }));
    const model = await screen.findByRole('region', { name: '모범 답안' });
    const terms = [...model.querySelectorAll('dt')].map((term) => term.textContent);
    const answers = [...model.querySelectorAll('dd')].map((answer) => answer.textContent?.trim());
    expect(terms).toEqual(['Kubeflow Pipelines', 'SageMaker Pipelines']);
    expect(answers).toEqual(['사용자 직접 운영', 'Amazon Web Services']);
    const points = within(screen.getByRole('region', { name: '핵심 포인트' })).getAllByRole('listitem');
    expect(points.map((item) => item.textContent)).toEqual(['충족 사용자 직접 운영', '누락 Amazon Web Services']);
    expect(screen.getByText('핵심 포인트 커버리지 50%')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: '좋음' }));
    expect(await screen.findByRole('heading', { name: '면접 결과' })).toBeInTheDocument();
    const reviews = await db.reviews.toArray();
    expect(reviews.map((review) => review.cardId)).toEqual([kubeflow.id]);
    expect(await db.cardStates.get(sagemaker.id)).toBeUndefined();
  });
});

describe('spoken answers', () => {
  it('says plainly that speech is unavailable and keeps the textarea for typing', async () => {
    vi.stubGlobal('SpeechRecognition', undefined);
    vi.stubGlobal('webkitSpeechRecognition', undefined);
    const { router } = await renderApp('/');
    await openSession(router, [complexity.id], { settings: { answerMode: 'spoken' } });
    expect(
      await screen.findByText('이 브라우저는 음성 인식을 지원하지 않습니다. 답을 입력해 주세요.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '말하기 시작' })).not.toBeInTheDocument();
    await userEvent.type(await answerBox(), '타이핑으로');
    expect(await answerBox()).toHaveValue('타이핑으로');
  });

  it('puts the Korean transcript into the editable answer, and falls back to typing when the microphone is refused', async () => {
    const instances: FakeRecognition[] = [];
    class FakeRecognition {
      lang = '';
      continuous = false;
      interimResults = false;
      onresult: ((event: unknown) => void) | null = null;
      onerror: ((event: { error: string }) => void) | null = null;
      onend: (() => void) | null = null;
      constructor() {
        instances.push(this);
      }
      start() {}
      stop() {
        this.onend?.();
      }
    }
    vi.stubGlobal('webkitSpeechRecognition', FakeRecognition);
    const { router } = await renderApp('/');
    await openSession(router, [complexity.id], { settings: { answerMode: 'spoken' } });
    const box = await answerBox();
    await userEvent.type(box, '제 답은');
    await userEvent.click(screen.getByRole('button', { name: '말하기 시작' }));
    const recogniser = instances[0]!;
    expect(recogniser).toMatchObject({ lang: 'ko-KR', interimResults: true });
    act(() => recogniser.onresult?.({ resultIndex: 0, results: [[{ transcript: '로그 엔 입니다' }]] as unknown }));
    expect(box).toHaveValue('제 답은 로그 엔 입니다');
    await userEvent.click(screen.getByRole('button', { name: '말하기 멈춤' }));
    await userEvent.type(box, '.');
    expect(box).toHaveValue('제 답은 로그 엔 입니다.');

    await userEvent.click(screen.getByRole('button', { name: '말하기 시작' }));
    act(() => instances[1]!.onerror?.({ error: 'not-allowed' }));
    expect(
      await screen.findByText('마이크를 사용할 수 없습니다(권한이 거부되었습니다). 답을 입력해 주세요.'),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '말하기 멈춤' }));
    await userEvent.click(screen.getByRole('button', { name: /답변 제출/ }));
    expect(await screen.findByText('모범 답안')).toBeInTheDocument();
    await waitFor(async () =>
      expect((await db.interviewSessions.toArray())[0]?.pending?.answer).toBe('제 답은 로그 엔 입니다.'),
    );
  });
});
