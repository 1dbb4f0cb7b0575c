import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyCardEvent,
  describeMerge,
  emptyBackup,
  mergeBackups,
  parseBackup,
  replayCard,
  schedulerOfProfiles,
  type CardAction,
  type CardEvent,
  type CardRecord,
} from '../../../src/core';
import { actionArb, backupOf, CARDS, PROFILES, T0, twoDevicesArb } from './backup-arbitraries';

const schedulerOf = schedulerOfProfiles(PROFILES);

type Step = { kind: 'act'; cardId: string; action: CardAction; gapMs: number } | { kind: 'undo'; cardId: string };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('act' as const),
      cardId: fc.constantFrom(...CARDS),
      action: actionArb,
      // 0 too: two events in the same millisecond are ordered by uid.
      gapMs: fc.integer({ min: 0, max: 10 * 24 * 60 * 60 * 1000 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('undo' as const), cardId: fc.constantFrom(...CARDS) }) },
);

describe('the card log', () => {
  it('replays to the record the app builds one action at a time, undos included', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 40 }), (steps) => {
        // What the app does: apply each event to the stored record; undo restores the record before the card's latest event.
        const logs = new Map<string, { event: CardEvent; before: CardRecord | null }[]>(CARDS.map((id) => [id, []]));
        const records = new Map<string, CardRecord | null>(CARDS.map((id) => [id, null]));
        let now = T0;
        for (const [index, step] of steps.entries()) {
          const log = logs.get(step.cardId)!;
          if (step.kind === 'undo') {
            const last = log.pop();
            if (last) records.set(step.cardId, last.before);
            continue;
          }
          now += step.gapMs;
          const event = { ...step.action, uid: `e${String(index).padStart(3, '0')}`, reviewedAt: now } as CardEvent;
          const before = records.get(step.cardId) ?? null;
          records.set(step.cardId, applyCardEvent(step.cardId, before, event, schedulerOf));
          log.push({ event, before });
        }
        for (const cardId of CARDS) {
          const events = logs.get(cardId)!.map((entry) => entry.event);
          // Shuffled on purpose: replay sorts the log into canonical order itself.
          expect(replayCard(cardId, [...events].reverse(), schedulerOf)).toEqual(records.get(cardId));
        }
      }),
    );
  });
});

describe('merging backups', () => {
  it('does not depend on the order: merge(A, B) = merge(B, A)', () => {
    fc.assert(
      fc.property(twoDevicesArb, ([a, b]) => {
        expect(mergeBackups(a, b)).toEqual(mergeBackups(b, a));
      }),
    );
  });

  it('changes nothing when merging a backup with itself: merge(A, A) = A', () => {
    fc.assert(
      fc.property(twoDevicesArb, ([a]) => {
        expect(mergeBackups(a, a)).toEqual(a);
      }),
    );
  });

  it('changes nothing when the same backup is merged again: merge(merge(A, B), B) = merge(A, B)', () => {
    fc.assert(
      fc.property(twoDevicesArb, ([a, b]) => {
        const merged = mergeBackups(a, b);
        expect(mergeBackups(merged, b)).toEqual(merged);
        expect(mergeBackups(merged, a)).toEqual(merged);
      }),
    );
  });

  it('keeps every event of both sides once, and every card’s record is the replay of its merged log', () => {
    fc.assert(
      fc.property(twoDevicesArb, ([a, b]) => {
        const merged = mergeBackups(a, b);
        const uids = new Set([...a.reviews, ...b.reviews].map((review) => review.uid));
        expect(merged.reviews.map((review) => review.uid).sort()).toEqual([...uids].sort());
        for (const { cardId, noteId: _noteId, ...record } of merged.cardStates) {
          const log = merged.reviews.filter((review) => review.cardId === cardId);
          expect(replayCard(cardId, log, schedulerOf)).toEqual(record);
        }
      }),
    );
  });

  it('writes files the parser reads back unchanged', () => {
    fc.assert(
      fc.property(twoDevicesArb, ([a, b]) => {
        const merged = mergeBackups(a, b);
        expect(parseBackup(JSON.stringify(merged))).toEqual(merged);
      }),
    );
  });

  it('describes an import as nothing to do when the device has everything already', () => {
    fc.assert(
      fc.property(twoDevicesArb, ([a, b]) => {
        const merged = mergeBackups(a, b);
        expect(describeMerge(merged, b)).toEqual({
          newReviews: 0,
          newCards: 0,
          changedCards: 0,
          conflicts: 0,
          sessionsAdded: 0,
          sessionsUpdated: 0,
          settingsChanged: 0,
          libraryAdded: 0,
          libraryUpdated: 0,
        });
      }),
    );
  });
});

describe('describing a merge', () => {
  const rating = (uid: string, cardId: string, minutes: number, grade: 1 | 2 | 3 | 4 = 3) => ({
    kind: 'rating' as const,
    grade,
    profile: PROFILES[0]!.id,
    uid,
    cardId,
    noteId: 'deck/note',
    reviewedAt: T0 + minutes * 60_000,
    elapsedMs: 1000,
    source: 'study' as const,
  });
  const session = (uid: string, answered: number) => ({
    uid,
    settings: { source: { kind: 'all' as const }, questionCount: 2, timeLimitMs: null, answerMode: 'typed' as const },
    cardIds: ['c1', 'c2'],
    results: ['c1', 'c2'].slice(0, answered).map((cardId) => ({
      cardId,
      answer: '답',
      timeUsedMs: 1000,
      assessment: null,
      timedOut: false,
      submittedAt: T0,
      grade: 3 as const,
      reviewUid: null,
    })),
    pending: null,
    status: answered === 2 ? ('done' as const) : ('in-progress' as const),
    startedAt: T0,
    questionStartedAt: T0,
    finishedAt: answered === 2 ? T0 : null,
  });

  it('counts new entries, new cards, changed cards, conflicts, sessions and settings', () => {
    const current = backupOf({
      reviews: [rating('shared', 'c1', 0), rating('local', 'c1', 30), rating('mine', 'c2', 0)],
      sessions: [session('s1', 1)],
      settings: [{ key: 'study', value: { newCardsPerDay: 10 }, updatedAt: T0 }],
    });
    const incoming = backupOf({
      reviews: [
        rating('shared', 'c1', 0),
        rating('remote', 'c1', 20, 1),
        rating('mine', 'c2', 0),
        rating('fresh', 'c3', 5),
        rating('fresh2', 'c3', 15),
      ],
      sessions: [session('s1', 2), session('s2', 0)],
      settings: [{ key: 'study', value: { newCardsPerDay: 30 }, updatedAt: T0 + 1 }],
    });
    expect(describeMerge(current, incoming)).toEqual({
      newReviews: 3,
      newCards: 1,
      changedCards: 1,
      conflicts: 1,
      sessionsAdded: 1,
      sessionsUpdated: 1,
      settingsChanged: 1,
      libraryAdded: 0,
      libraryUpdated: 0,
    });
  });

  it('calls an import that only extends a card’s log a change, not a conflict', () => {
    const current = backupOf({ reviews: [rating('r1', 'c1', 0)] });
    const incoming = backupOf({ reviews: [rating('r1', 'c1', 0), rating('r2', 'c1', 10)] });
    expect(describeMerge(current, incoming)).toMatchObject({
      newReviews: 1,
      newCards: 0,
      changedCards: 1,
      conflicts: 0,
    });
  });

  it('keeps the newer setting and, for one session, the one further along', () => {
    const older = backupOf({
      reviews: [],
      sessions: [session('s1', 2)],
      settings: [{ key: 'study', value: { newCardsPerDay: 30 }, updatedAt: T0 + 5 }],
    });
    const newer = backupOf({
      reviews: [],
      sessions: [session('s1', 1)],
      settings: [{ key: 'study', value: { newCardsPerDay: 10 }, updatedAt: T0 }],
    });
    const merged = mergeBackups(newer, older);
    expect(merged.interviewSessions[0]?.results).toHaveLength(2);
    expect(merged.settings).toEqual([{ key: 'study', value: { newCardsPerDay: 30 }, updatedAt: T0 + 5 }]);
    expect(describeMerge(older, newer)).toMatchObject({ sessionsUpdated: 0, settingsChanged: 0 });
  });

  it('keeps each library file’s newer version, whichever side it comes from', () => {
    const file = (data: string, updatedAt: number) => ({
      path: 'os/a.md',
      kind: 'note' as const,
      data,
      type: '',
      updatedAt,
    });
    const a = { ...backupOf({ reviews: [] }), notes: [file('IyBh', T0)] };
    const b = { ...backupOf({ reviews: [] }), notes: [file('IyBi', T0 + 5)] };
    expect(mergeBackups(a, b).notes).toEqual([file('IyBi', T0 + 5)]);
    expect(mergeBackups(b, a).notes).toEqual([file('IyBi', T0 + 5)]);
    expect(describeMerge(a, b)).toMatchObject({ libraryAdded: 0, libraryUpdated: 1 });
    expect(describeMerge(b, a)).toMatchObject({ libraryAdded: 0, libraryUpdated: 0 });
  });

  it('merging into an empty backup brings every card with its replayed record', () => {
    const incoming = backupOf({ reviews: [rating('r1', 'c1', 0), rating('r2', 'c1', 10)] });
    const merged = mergeBackups(emptyBackup(incoming.exportedAt), incoming);
    expect(merged).toEqual(incoming);
    expect(merged.cardStates).toHaveLength(1);
    expect(merged.cardStates[0]?.reps).toBe(2);
  });
});
