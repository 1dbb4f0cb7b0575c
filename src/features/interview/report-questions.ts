import type { InterviewSession, ReportQuestion } from '../../core';
import { findCard, findNote } from '../../data/notes';

/** A session's graded answers joined with their notes' deck and tags, for the core's report. */
export function reportQuestions(session: InterviewSession): ReportQuestion[] {
  return session.results.map((result) => {
    const card = findCard(result.cardId);
    const note = card ? findNote(card.noteId) : undefined;
    return {
      cardId: result.cardId,
      deck: note?.deck ?? '',
      tags: note?.tags ?? [],
      percent: result.assessment?.percent ?? null,
      grade: result.grade,
      timeUsedMs: result.timeUsedMs,
      missedKeyPoints: (result.assessment?.keyPoints ?? [])
        .filter((k) => k.coverage === 'missed')
        .map((k) => k.keyPoint),
    };
  });
}
