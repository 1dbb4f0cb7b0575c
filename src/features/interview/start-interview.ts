import { planInterview, type EmptyPlanReason, type InterviewSettings } from '../../core';
import { allNotes } from '../../data/notes';
import { createInterviewSession, db, readCardStates } from '../../db';

/** Plans the questions and saves a new session; or says why no question qualifies. */
export async function startInterview(
  settings: InterviewSettings,
  now: number,
): Promise<{ ok: true; sessionId: number } | { ok: false; reason: EmptyPlanReason }> {
  const notes = allNotes();
  // Only "due first" needs the cards' states; reading them for every note is one keyed bulk read.
  const states =
    settings.source.kind === 'due-first'
      ? await readCardStates(
          db,
          notes.flatMap((note) => note.cards.map((card) => card.id)),
        )
      : new Map();
  const plan = planInterview({
    notes,
    source: settings.source,
    questionCount: settings.questionCount,
    seed: now,
    states,
    now,
  });
  if (!plan.ok) return plan;
  const sessionId = await createInterviewSession(db, { settings, cardIds: plan.cardIds, now });
  return { ok: true, sessionId };
}
