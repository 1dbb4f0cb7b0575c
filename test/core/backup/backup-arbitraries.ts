import fc from 'fast-check';
import {
  DEFAULT_SCHEDULER_SETTINGS,
  emptyBackup,
  mergeBackups,
  schedulerProfileId,
  type Backup,
  type BackupInterviewSession,
  type BackupProfile,
  type BackupReview,
  type BackupSetting,
  type CardAction,
  type SchedulerSettings,
} from '../../../src/core';

export const T0 = Date.parse('2026-03-02T09:00:00Z');
const DAY = 24 * 60 * 60 * 1000;

const profileOf = (settings: SchedulerSettings): BackupProfile => ({ id: schedulerProfileId(settings), settings });
/** Two scheduler profiles, so merged logs mix ratings made under different settings. */
export const PROFILES: BackupProfile[] = [
  profileOf(DEFAULT_SCHEDULER_SETTINGS),
  profileOf({ ...DEFAULT_SCHEDULER_SETTINGS, desiredRetention: 0.85, fuzz: false, learningSteps: ['10m'] }),
];
export const CARDS = ['c1', 'c2', 'c3'];

export const actionArb: fc.Arbitrary<CardAction> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('rating' as const),
      grade: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const),
      profile: fc.constantFrom(...PROFILES.map((profile) => profile.id)),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'reset' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'suspend' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'unsuspend' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('bury' as const), until: fc.integer({ min: T0, max: T0 + 30 * DAY }) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('flag' as const),
      flag: fc.constantFrom(0 as const, 1 as const, 2 as const, 3 as const, 4 as const),
    }),
  },
);

/** Events of one device (uids prefixed by `device`), at any time within a month, on a few cards. */
export function reviewsArb(device: string): fc.Arbitrary<BackupReview[]> {
  return fc
    .array(
      fc.record({
        action: actionArb,
        cardId: fc.constantFrom(...CARDS),
        reviewedAt: fc.integer({ min: T0, max: T0 + 30 * DAY }),
        elapsedMs: fc.nat({ max: 60_000 }),
        source: fc.constantFrom('study' as const, 'interview' as const, 'quiz' as const),
      }),
      { maxLength: 12 },
    )
    .map((drafts) =>
      drafts.map(
        ({ action, cardId, ...rest }, index) =>
          ({ ...action, ...rest, cardId, noteId: `deck/${cardId}`, uid: `${device}-${index}` }) as BackupReview,
      ),
    );
}

const sessionArb: fc.Arbitrary<BackupInterviewSession> = fc
  .record({
    uid: fc.constantFrom('s1', 's2', 's3'),
    answered: fc.nat({ max: 2 }),
    done: fc.boolean(),
    startedAt: fc.integer({ min: T0, max: T0 + DAY }),
    answer: fc.constantFrom('', '쿠버네티스는 컨테이너 오케스트레이션', 'answer'),
  })
  .map(({ uid, answered, done, startedAt, answer }) => ({
    uid,
    settings: { source: { kind: 'all' }, questionCount: 2, timeLimitMs: null, answerMode: 'typed' },
    cardIds: ['c1', 'c2'],
    results: CARDS.slice(0, answered).map((cardId, index) => ({
      cardId,
      answer,
      timeUsedMs: 1000,
      assessment: null,
      timedOut: false,
      submittedAt: startedAt + index + 1,
      grade: 3,
      reviewUid: null,
    })),
    pending: null,
    status: done ? 'done' : 'in-progress',
    startedAt,
    questionStartedAt: startedAt,
    finishedAt: done ? startedAt + 10 : null,
  }));

const settingArb: fc.Arbitrary<BackupSetting> = fc.record({
  key: fc.constantFrom('study', 'reader'),
  // Few times, so ties (broken by value) happen.
  updatedAt: fc.constantFrom(0, T0, T0 + DAY),
  value: fc.constantFrom({ newCardsPerDay: 10 }, { newCardsPerDay: 30 }, { dayStartHour: 5 }),
});

/** A backup as an export writes it: canonical order, each card's record replayed from its log. */
export function backupOf(parts: {
  reviews: BackupReview[];
  sessions?: BackupInterviewSession[];
  settings?: BackupSetting[];
  exportedAt?: string;
}): Backup {
  const exportedAt = parts.exportedAt ?? new Date(T0 + 40 * DAY).toISOString();
  const raw: Backup = {
    ...emptyBackup(exportedAt),
    profiles: PROFILES,
    reviews: parts.reviews,
    interviewSessions: parts.sessions ?? [],
    settings: parts.settings ?? [],
  };
  return mergeBackups(emptyBackup(exportedAt), raw);
}

const uniqueBy = <T>(items: T[], key: (item: T) => string): T[] => [
  ...new Map(items.map((item) => [key(item), item])).values(),
];

/** One device's backup: a history shared with the other device (`shared`), then its own. */
export function deviceBackupArb(device: string, shared: BackupReview[]): fc.Arbitrary<Backup> {
  return fc
    .record({
      own: reviewsArb(device),
      sessions: fc.array(sessionArb, { maxLength: 3 }),
      settings: fc.array(settingArb, { maxLength: 2 }),
      exportedDay: fc.integer({ min: 31, max: 40 }),
    })
    .map(({ own, sessions, settings, exportedDay }) =>
      backupOf({
        reviews: [...shared, ...own],
        sessions: uniqueBy(sessions, (session) => session.uid),
        settings: uniqueBy(settings, (setting) => setting.key),
        exportedAt: new Date(T0 + exportedDay * DAY).toISOString(),
      }),
    );
}

/** Two devices' backups that share part of their history. */
export const twoDevicesArb: fc.Arbitrary<[Backup, Backup]> = reviewsArb('shared').chain((shared) =>
  fc.tuple(deviceBackupArb('a', shared), deviceBackupArb('b', shared)),
);
