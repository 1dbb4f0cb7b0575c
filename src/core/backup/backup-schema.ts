import * as z from 'zod/mini';
import { CARD_KINDS_KEY } from '../cards/card-kind-settings';
import { HIDDEN_DECKS_KEY } from '../library/deck-sources';
import { BACKUP_FORMAT, BACKUP_REVIEW_SOURCES, BACKUP_VERSION } from './backup-format';

/**
 * The shape of a backup file, every field typed and bounded, so a file that
 * passes cannot put a record into the database the app would trip over.
 * zod/mini keeps the validator out of the way of the app's bundle size.
 */

/** Times something happened: on or after 2000 and before 2100; older or later is a broken clock or a broken file. */
export const EARLIEST_EVENT = Date.UTC(2000, 0, 1);
export const LATEST_EVENT = Date.UTC(2100, 0, 1);
const eventTime = z.number().check(z.gte(EARLIEST_EVENT), z.lt(LATEST_EVENT));
/** Times a schedule computed (a due date may lie a century ahead): any date a Date can hold. */
const anyTime = z.number().check(z.gte(-8.64e15), z.lte(8.64e15));
const id = z.string().check(z.minLength(1));
const count = z.int().check(z.gte(0));
const nonNegative = z.number().check(z.gte(0));
const grade = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
const flag = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

/** Steps as the settings store them: a whole number of minutes, hours or days ("1m", "10m", "1d"). */
const step = z.string().check(z.regex(/^[1-9]\d*[mhd]$/));
const schedulerSettings = z.object({
  desiredRetention: z.number().check(z.gt(0), z.lt(1)),
  maximumIntervalDays: z.int().check(z.gte(1), z.lte(36500)),
  learningSteps: z.array(step),
  relearningSteps: z.array(step),
  fuzz: z.boolean(),
});

const profile = z.object({ id, settings: schedulerSettings });

const reviewCommon = {
  uid: id,
  cardId: id,
  noteId: id,
  reviewedAt: eventTime,
  elapsedMs: nonNegative,
  source: z.enum(BACKUP_REVIEW_SOURCES as ['study', 'interview', 'quiz']),
};
const review = z.discriminatedUnion('kind', [
  z.object({ ...reviewCommon, kind: z.literal('rating'), grade, profile: id }),
  z.object({ ...reviewCommon, kind: z.literal('reset') }),
  z.object({ ...reviewCommon, kind: z.literal('suspend') }),
  z.object({ ...reviewCommon, kind: z.literal('unsuspend') }),
  z.object({ ...reviewCommon, kind: z.literal('bury'), until: anyTime }),
  z.object({ ...reviewCommon, kind: z.literal('flag'), flag }),
]);

const cardState = z.object({
  cardId: id,
  noteId: id,
  phase: z.enum(['new', 'learning', 'review', 'relearning']),
  due: anyTime,
  stability: nonNegative,
  difficulty: nonNegative,
  scheduledDays: nonNegative,
  elapsedDays: nonNegative,
  learningSteps: count,
  reps: count,
  lapses: count,
  lastReview: z.nullable(eventTime),
  suspended: z.boolean(),
  buriedUntil: z.nullable(anyTime),
  flag,
  leech: z.boolean(),
});

const interviewSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }),
  z.object({ kind: z.literal('deck'), deck: id }),
  z.object({ kind: z.literal('tag'), tag: id }),
  z.object({ kind: z.literal('difficulty'), difficulty: z.enum(['easy', 'medium', 'hard']) }),
  z.object({ kind: z.literal('note'), noteId: id }),
  z.object({ kind: z.literal('due-first') }),
  z.object({ kind: z.literal('cards'), cardIds: z.array(id) }),
]);

const assessment = z.object({
  keyPoints: z.array(
    z.object({
      keyPoint: z.string(),
      coverage: z.enum(['covered', 'partly', 'missed']),
      score: z.number().check(z.gte(0), z.lte(1)),
      matches: z.array(z.object({ start: count, end: count })),
    }),
  ),
  percent: z.nullable(z.number().check(z.gte(0), z.lte(100))),
  suggestedGrade: z.nullable(grade),
});

const submittedAnswer = {
  cardId: id,
  answer: z.string(),
  timeUsedMs: nonNegative,
  assessment: z.nullable(assessment),
  timedOut: z.boolean(),
  submittedAt: eventTime,
};

const interviewSession = z.object({
  uid: id,
  settings: z.object({
    source: interviewSource,
    questionCount: z.int().check(z.gte(1)),
    timeLimitMs: z.nullable(z.number().check(z.gt(0))),
    answerMode: z.enum(['typed', 'spoken']),
  }),
  cardIds: z.array(id),
  results: z.array(z.object({ ...submittedAnswer, grade, reviewUid: z.nullable(id) })),
  pending: z.nullable(z.object(submittedAnswer)),
  status: z.enum(['in-progress', 'done']),
  startedAt: eventTime,
  questionStartedAt: eventTime,
  finishedAt: z.nullable(eventTime),
});

/**
 * The study settings as the app stores them (older ones may lack fields,
 * newer ones may have more: those pass untouched), within the bounds the
 * settings page enforces.
 */
const studySettings = z.looseObject({
  scheduler: z.optional(z.partial(schedulerSettings)),
  newCardsPerDay: z.optional(z.int().check(z.gte(0), z.lte(9999))),
  maxReviewsPerDay: z.optional(z.int().check(z.gte(0), z.lte(99999))),
  dayStartHour: z.optional(z.int().check(z.gte(0), z.lte(23))),
});
const kindChoice = z.looseObject({
  qa: z.optional(z.boolean()),
  table: z.optional(z.boolean()),
  concept: z.optional(z.boolean()),
  code: z.optional(z.boolean()),
});

/** Values of settings whose key the app knows; other keys take any JSON value. */
export const SETTING_VALUE_SCHEMAS: Record<string, z.ZodMiniType> = {
  study: studySettings,
  [HIDDEN_DECKS_KEY]: z.array(z.string().check(z.regex(/^(bundled|library):/))),
  [CARD_KINDS_KEY]: kindChoice,
};

const setting = z.object({
  key: id,
  value: z.unknown(),
  // 0: stored before settings carried a time.
  updatedAt: z.union([z.literal(0), eventTime]),
});

const libraryFile = z.object({
  // A path inside the library: never rooted, never climbing out with `..`.
  path: z.string().check(z.minLength(1), z.maxLength(1000), z.regex(/^(?![/\\])(?!(.*[/\\])?\.\.([/\\]|$))/)),
  kind: z.enum(['note', 'image']),
  data: z.base64(),
  type: z.string().check(z.maxLength(100)),
  updatedAt: z.union([z.literal(0), eventTime]),
});

const archivedCard = z.object({
  cardId: id,
  noteId: id,
  question: z.string(),
  answer: z.string(),
  archivedAt: eventTime,
});

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  // A version-1 file has no library; parseBackup reads it as the current version.
  version: z.union([z.literal(1), z.literal(BACKUP_VERSION)]),
  exportedAt: z.iso.datetime({ offset: true }),
  profiles: z.array(profile),
  reviews: z.array(review),
  cardStates: z.array(cardState),
  interviewSessions: z.array(interviewSession),
  settings: z.array(setting),
  notes: z.array(libraryFile),
  // Absent from version-1 files.
  archive: z._default(z.array(archivedCard), []),
});
