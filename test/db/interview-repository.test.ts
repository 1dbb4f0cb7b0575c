import { describe, expect, it } from 'vitest';
import {
  assessAnswer,
  createScheduler,
  DEFAULT_INTERVIEW_SETTINGS,
  DEFAULT_SCHEDULER_SETTINGS,
  type SubmittedAnswer,
} from '../../src/core';
import {
  createInterviewSession,
  dropMissingQuestion,
  finishInterviewEarly,
  getInterviewSession,
  gradeInterviewAnswer,
  listInterviewSessions,
  readCardStates,
  reviewsOfCard,
  submitInterviewAnswer,
} from '../../src/db';
import { freshDatabase } from './fresh-database';

const NOW = Date.parse('2026-03-02T09:00:00Z');
const scheduler = createScheduler(DEFAULT_SCHEDULER_SETTINGS);
const database = freshDatabase();

const answer = (cardId: string, text = '인프라 관리 부담 감소'): SubmittedAnswer => ({
  cardId,
  answer: text,
  timeUsedMs: 42_000,
  assessment: assessAnswer(text, ['인프라 관리 부담 감소']),
  timedOut: false,
  submittedAt: NOW + 42_000,
});

const start = () =>
  createInterviewSession(database(), { settings: DEFAULT_INTERVIEW_SETTINGS, cardIds: ['c1', 'c2'], now: NOW });

const grade = (sessionId: number, cardId: string, at: number) =>
  gradeInterviewAnswer(database(), scheduler, { sessionId, cardId, noteId: 'mlops/seed', grade: 3, now: at });

describe('interview sessions', () => {
  it('starts in progress with the first question’s clock at the start', async () => {
    const id = await start();
    expect(await getInterviewSession(database(), id)).toMatchObject({
      id,
      cardIds: ['c1', 'c2'],
      results: [],
      pending: null,
      status: 'in-progress',
      startedAt: NOW,
      questionStartedAt: NOW,
      finishedAt: null,
    });
  });

  it('lists sessions newest first', async () => {
    const older = await start();
    const newer = await createInterviewSession(database(), {
      settings: DEFAULT_INTERVIEW_SETTINGS,
      cardIds: ['c3'],
      now: NOW + 1000,
    });
    expect((await listInterviewSessions(database())).map((s) => s.id)).toEqual([newer, older]);
  });

  it('takes only the first submission of a question (the countdown and the button can race)', async () => {
    const id = await start();
    expect(await submitInterviewAnswer(database(), id, answer('c1'))).toBe(true);
    expect(await submitInterviewAnswer(database(), id, answer('c1', 'second'))).toBe(false);
    expect((await getInterviewSession(database(), id))?.pending?.answer).toBe('인프라 관리 부담 감소');
    // An answer to a question other than the current one is refused too.
    const other = await start();
    expect(await submitInterviewAnswer(database(), other, answer('c2'))).toBe(false);
  });

  it('grades into the card’s FSRS state and the review log, marked as an interview, and moves on', async () => {
    const id = await start();
    await submitInterviewAnswer(database(), id, answer('c1'));
    const session = await grade(id, 'c1', NOW + 60_000);
    expect(session).toMatchObject({ pending: null, status: 'in-progress', questionStartedAt: NOW + 60_000 });
    expect(session?.results).toHaveLength(1);
    const [review] = await reviewsOfCard(database(), 'c1');
    expect(review).toMatchObject({ grade: 3, source: 'interview', elapsedMs: 42_000, reviewedAt: NOW + 60_000 });
    expect(session?.results[0]).toMatchObject({ cardId: 'c1', grade: 3, reviewId: review?.id });
    expect((await readCardStates(database(), ['c1'])).get('c1')).toEqual(review?.after);
  });

  it('finishes after the last question, and ignores a second grade of the same answer', async () => {
    const id = await start();
    await submitInterviewAnswer(database(), id, answer('c1'));
    await grade(id, 'c1', NOW + 60_000);
    expect(await grade(id, 'c1', NOW + 61_000)).toBeNull();
    await submitInterviewAnswer(database(), id, answer('c2'));
    const done = await grade(id, 'c2', NOW + 120_000);
    expect(done).toMatchObject({ status: 'done', finishedAt: NOW + 120_000 });
    expect(await database().reviews.count()).toBe(2);
  });

  it('writes nothing when the session update fails: no card state, no review, answer still pending', async () => {
    const id = await start();
    await submitInterviewAnswer(database(), id, answer('c1'));
    const failSessionWrite = (): never => {
      throw new Error('disk full');
    };
    database().interviewSessions.hook('updating', failSessionWrite);
    database().interviewSessions.hook('creating', failSessionWrite);
    await expect(grade(id, 'c1', NOW + 60_000)).rejects.toThrow('disk full');
    database().interviewSessions.hook('updating').unsubscribe(failSessionWrite);
    database().interviewSessions.hook('creating').unsubscribe(failSessionWrite);
    expect(await database().reviews.count()).toBe(0);
    expect((await readCardStates(database(), ['c1'])).size).toBe(0);
    expect(await getInterviewSession(database(), id)).toMatchObject({ results: [], pending: { cardId: 'c1' } });
  });

  it('leaves the session untouched when the review log write fails', async () => {
    const id = await start();
    await submitInterviewAnswer(database(), id, answer('c1'));
    const failLogWrite = (): never => {
      throw new Error('quota');
    };
    database().reviews.hook('creating', failLogWrite);
    await expect(grade(id, 'c1', NOW + 60_000)).rejects.toThrow('quota');
    database().reviews.hook('creating').unsubscribe(failLogWrite);
    expect(await getInterviewSession(database(), id)).toMatchObject({ results: [], pending: { cardId: 'c1' } });
    expect((await readCardStates(database(), ['c1'])).size).toBe(0);
  });
});

describe('a question whose card disappeared', () => {
  it('is taken out of the plan so the session goes on, keeping the answers given', async () => {
    const id = await createInterviewSession(database(), {
      settings: DEFAULT_INTERVIEW_SETTINGS,
      cardIds: ['a', 'gone', 'c'],
      now: NOW,
    });
    await submitInterviewAnswer(database(), id, answer('a'));
    await gradeInterviewAnswer(database(), scheduler, {
      sessionId: id,
      cardId: 'a',
      noteId: 'n',
      grade: 3,
      now: NOW + 1000,
    });
    expect(await dropMissingQuestion(database(), id, 'gone', NOW + 2000)).toBe(true);
    const session = await getInterviewSession(database(), id);
    expect(session?.cardIds).toEqual(['a', 'c']);
    expect(session?.results.map((r) => r.cardId)).toEqual(['a']);
    expect(session?.status).toBe('in-progress');
  });

  it('also goes on when the vanished question was answered but not yet graded', async () => {
    const id = await createInterviewSession(database(), {
      settings: DEFAULT_INTERVIEW_SETTINGS,
      cardIds: ['gone', 'b'],
      now: NOW,
    });
    await submitInterviewAnswer(database(), id, answer('gone'));
    expect(await dropMissingQuestion(database(), id, 'gone', NOW + 2000)).toBe(true);
    const session = await getInterviewSession(database(), id);
    expect(session?.pending).toBeNull();
    expect(session?.cardIds).toEqual(['b']);
  });

  it('ends the session when it was the last question', async () => {
    const id = await createInterviewSession(database(), {
      settings: DEFAULT_INTERVIEW_SETTINGS,
      cardIds: ['gone'],
      now: NOW,
    });
    expect(await dropMissingQuestion(database(), id, 'gone', NOW + 2000)).toBe(true);
    expect((await getInterviewSession(database(), id))?.status).toBe('done');
  });

  it('does nothing when the question named is not the current one', async () => {
    const id = await createInterviewSession(database(), {
      settings: DEFAULT_INTERVIEW_SETTINGS,
      cardIds: ['a', 'b'],
      now: NOW,
    });
    expect(await dropMissingQuestion(database(), id, 'b', NOW)).toBe(false);
    expect((await getInterviewSession(database(), id))?.cardIds).toEqual(['a', 'b']);
  });
});

describe('finishing early', () => {
  it('ends the session with the graded answers and leaves the rest out', async () => {
    const id = await createInterviewSession(database(), {
      settings: DEFAULT_INTERVIEW_SETTINGS,
      cardIds: ['a', 'b', 'c'],
      now: NOW,
    });
    await submitInterviewAnswer(database(), id, answer('a'));
    await gradeInterviewAnswer(database(), scheduler, {
      sessionId: id,
      cardId: 'a',
      noteId: 'n',
      grade: 3,
      now: NOW + 1000,
    });
    await submitInterviewAnswer(database(), id, answer('b'));
    expect(await finishInterviewEarly(database(), id, NOW + 5000)).toBe(true);
    const session = await getInterviewSession(database(), id);
    expect(session).toMatchObject({ status: 'done', cardIds: ['a'], pending: null, finishedAt: NOW + 5000 });
    expect(session?.results.map((r) => r.cardId)).toEqual(['a']);
  });
});
