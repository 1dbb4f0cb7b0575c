import type { InterviewSession } from '../../core';
import { db, getInterviewSession, listInterviewSessions } from '../../db';
import { useStoredQuery } from '../../hooks/use-stored-query';

/** A session, kept live; undefined while loading, null when missing or storage is unavailable. */
export function useInterviewSession(id: number): InterviewSession | null | undefined {
  return useStoredQuery<InterviewSession | null>(
    async () => (Number.isInteger(id) ? ((await getInterviewSession(db, id)) ?? null) : null),
    [id],
    null,
  );
}

/** Every session, newest first; empty when storage is unavailable. */
export function useInterviewSessions(): InterviewSession[] | undefined {
  return useStoredQuery(() => listInterviewSessions(db), [], []);
}
