import { act } from '@testing-library/react';
import type { createMemoryRouter } from 'react-router';
import { DEFAULT_INTERVIEW_SETTINGS, type InterviewSettings } from '../../../src/core';
import { allNotes } from '../../../src/data/notes';
import { createInterviewSession, db } from '../../../src/db';

export const BINARY_SEARCH = 'algorithms/binary-search';

/** The fixture card whose question contains `fragment`. */
export function cardWith(fragment: string) {
  const card = allNotes()
    .flatMap((note) => note.cards)
    .find((c) => c.question.includes(fragment));
  if (!card) throw new Error(`no fixture card with “${fragment}”`);
  return card;
}

/** Saves a session over `cardIds` and opens it, as a reload of its page would. */
export async function openSession(
  router: ReturnType<typeof createMemoryRouter>,
  cardIds: string[],
  options: { settings?: Partial<InterviewSettings>; questionStartedAt?: number; draft?: string } = {},
): Promise<number> {
  const now = Date.now();
  const id = await createInterviewSession(db, {
    settings: { ...DEFAULT_INTERVIEW_SETTINGS, ...options.settings },
    cardIds,
    now,
  });
  if (options.questionStartedAt !== undefined) {
    await db.interviewSessions.update(id, { questionStartedAt: options.questionStartedAt });
  }
  if (options.draft) localStorage.setItem(`mundap-interview-draft:${id}:0`, options.draft);
  await act(() => router.navigate(`/interview/session/${id}`));
  return id;
}
