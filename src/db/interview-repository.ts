import type { Grade, InterviewSession, InterviewSettings, Scheduler, SubmittedAnswer } from '../core';
import type { MundapDatabase } from './database';
import { rateCard } from './review-repository';
import { newUid } from './new-uid';
import type { InterviewSessionRow } from './rows';

function sessionOfRow(row: InterviewSessionRow): InterviewSession {
  if (row.id === undefined) throw new Error('interview session row without id');
  return { ...row, id: row.id };
}

export async function createInterviewSession(
  db: MundapDatabase,
  input: { settings: InterviewSettings; cardIds: readonly string[]; now: number },
): Promise<number> {
  const { settings, cardIds, now } = input;
  const row: InterviewSessionRow = {
    uid: newUid(),
    settings,
    cardIds: [...cardIds],
    results: [],
    pending: null,
    status: 'in-progress',
    startedAt: now,
    questionStartedAt: now,
    finishedAt: null,
  };
  return (await db.interviewSessions.add(row)) as number;
}

export async function getInterviewSession(db: MundapDatabase, id: number): Promise<InterviewSession | undefined> {
  const row = await db.interviewSessions.get(id);
  return row ? sessionOfRow(row) : undefined;
}

/** Every session, newest first. */
export async function listInterviewSessions(db: MundapDatabase): Promise<InterviewSession[]> {
  const rows = await db.interviewSessions.orderBy('startedAt').reverse().toArray();
  return rows.map(sessionOfRow);
}

/**
 * Records the answer to the current question and shows its feedback. The
 * countdown and the submit button can race; only the first submission of a
 * question counts, so this returns false for the second.
 */
export async function submitInterviewAnswer(
  db: MundapDatabase,
  sessionId: number,
  answer: SubmittedAnswer,
): Promise<boolean> {
  return db.transaction('rw', db.interviewSessions, async () => {
    const row = await db.interviewSessions.get(sessionId);
    if (!row || row.status !== 'in-progress' || row.pending) return false;
    if (row.cardIds[row.results.length] !== answer.cardId) return false;
    await db.interviewSessions.update(sessionId, { pending: answer });
    return true;
  });
}

export interface GradeInterviewInput {
  sessionId: number;
  cardId: string;
  noteId: string;
  grade: Grade;
  now: number;
}

/**
 * Grading an answer is one transaction: the card's new state and its
 * review-log entry (source "interview", through the same rateCard the
 * flashcards use, which joins this transaction) and the session's progress
 * are written together or not at all. The next question's countdown starts
 * now. Returns null when the answer was graded already (a double click).
 */
export async function gradeInterviewAnswer(
  db: MundapDatabase,
  scheduler: Scheduler,
  input: GradeInterviewInput,
): Promise<InterviewSession | null> {
  const { sessionId, cardId, noteId, grade, now } = input;
  return db.transaction('rw', [db.cardStates, db.reviews, db.profiles, db.interviewSessions], async () => {
    const row = await db.interviewSessions.get(sessionId);
    const pending = row?.pending;
    if (!row || !pending || pending.cardId !== cardId) return null;
    const review = await rateCard(db, scheduler, {
      cardId,
      noteId,
      grade,
      now,
      elapsedMs: pending.timeUsedMs,
      source: 'interview',
    });
    if (review.id === undefined) throw new Error('review log entry without id');
    const results = [...row.results, { ...pending, grade, reviewId: review.id }];
    const done = results.length >= row.cardIds.length;
    const updated: InterviewSessionRow = {
      ...row,
      results,
      pending: null,
      status: done ? 'done' : 'in-progress',
      questionStartedAt: now,
      finishedAt: done ? now : null,
    };
    await db.interviewSessions.put(updated);
    return sessionOfRow(updated);
  });
}

/**
 * Takes the current question out of the plan when its card no longer exists
 * (its note was edited or removed since the session started), so the
 * session can go on; a session left with no question ends. Answers already
 * graded are kept. Returns false when that question is not current any more.
 */
export async function dropMissingQuestion(
  db: MundapDatabase,
  sessionId: number,
  cardId: string,
  now: number,
): Promise<boolean> {
  return db.transaction('rw', db.interviewSessions, async () => {
    const row = await db.interviewSessions.get(sessionId);
    if (!row || row.status !== 'in-progress') return false;
    if (row.cardIds[row.results.length] !== cardId) return false;
    const cardIds = row.cardIds.filter((_, index) => index !== row.results.length);
    const done = row.results.length >= cardIds.length;
    await db.interviewSessions.put({
      ...row,
      cardIds,
      // An answer submitted before the card vanished cannot be graded any more.
      pending: null,
      status: done ? 'done' : 'in-progress',
      questionStartedAt: now,
      finishedAt: done ? now : null,
    });
    return true;
  });
}

/**
 * Ends a session before its last question, as when an interviewer runs out
 * of time: graded answers make the report, unanswered questions are left
 * out of it (an answer waiting for its grade included).
 */
export async function finishInterviewEarly(db: MundapDatabase, sessionId: number, now: number): Promise<boolean> {
  return db.transaction('rw', db.interviewSessions, async () => {
    const row = await db.interviewSessions.get(sessionId);
    if (!row || row.status !== 'in-progress') return false;
    await db.interviewSessions.put({
      ...row,
      cardIds: row.cardIds.slice(0, row.results.length),
      pending: null,
      status: 'done',
      finishedAt: now,
    });
    return true;
  });
}
