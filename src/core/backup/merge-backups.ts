import { replayCardLog, type SchedulerOf } from '../scheduler/card-event';
import { createScheduler, type Scheduler } from '../scheduler/fsrs-adapter';
import type {
  Backup,
  BackupArchivedCard,
  BackupCardState,
  BackupInterviewSession,
  BackupLibraryFile,
  BackupProfile,
  BackupReview,
  BackupSetting,
} from './backup-format';
import { compareStrings, inCanonicalOrder, pickDeterministic } from './canonical-order';

/**
 * Schedulers for the profiles of a backup, made on first use. A validated
 * backup names no other profile; asking for one is a bug, not a fallback.
 */
export function schedulerOfProfiles(profiles: readonly BackupProfile[]): SchedulerOf {
  const settings = new Map(profiles.map((profile) => [profile.id, profile.settings]));
  const made = new Map<string, Scheduler>();
  return (profile) => {
    let scheduler = made.get(profile);
    if (!scheduler) {
      const found = settings.get(profile);
      if (!found) throw new Error(`no scheduler profile ${profile} in the backup`);
      scheduler = createScheduler(found);
      made.set(profile, scheduler);
    }
    return scheduler;
  };
}

/**
 * Of two copies of one interview session (the same uid on two devices), the
 * one further along: more answers graded, then finished over in progress,
 * then whichever every device would pick.
 */
export function moreAdvancedSession(a: BackupInterviewSession, b: BackupInterviewSession): BackupInterviewSession {
  if (a.results.length !== b.results.length) return a.results.length > b.results.length ? a : b;
  if (a.status !== b.status) return a.status === 'done' ? a : b;
  return pickDeterministic(a, b);
}

/** Of two values of one setting, the one changed last (ties: whichever every device would pick). */
export function newerSetting(a: BackupSetting, b: BackupSetting): BackupSetting {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
  return pickDeterministic(a, b);
}

/** Of two versions of a library file, the one edited last (ties: the same one on every device). */
export function newerLibraryFile(a: BackupLibraryFile, b: BackupLibraryFile): BackupLibraryFile {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
  return pickDeterministic(a, b);
}

/** Of two archive entries for one card, the later (ties: the same one on every device). */
function laterArchived(a: BackupArchivedCard, b: BackupArchivedCard): BackupArchivedCard {
  if (a.archivedAt !== b.archivedAt) return a.archivedAt > b.archivedAt ? a : b;
  return pickDeterministic(a, b);
}

/** Items of both lists, one per key; `pick` chooses between two items with the same key. */
function unionBy<T>(a: readonly T[], b: readonly T[], key: (item: T) => string, pick: (x: T, y: T) => T): T[] {
  const byKey = new Map<string, T>();
  for (const item of [...a, ...b]) {
    const k = key(item);
    const seen = byKey.get(k);
    byKey.set(k, seen === undefined || seen === item ? item : pick(seen, item));
  }
  return [...byKey.values()];
}

/** Each card's events, in no particular order. */
export function reviewsByCard(reviews: readonly BackupReview[]): Map<string, BackupReview[]> {
  const byCard = new Map<string, BackupReview[]>();
  for (const review of reviews) {
    const log = byCard.get(review.cardId);
    if (log) log.push(review);
    else byCard.set(review.cardId, [review]);
  }
  return byCard;
}

/** The record each card's log makes, as stored (with the note of its latest event). */
export function replayBackupCards(reviews: readonly BackupReview[], schedulerOf: SchedulerOf): BackupCardState[] {
  const states: BackupCardState[] = [];
  for (const [cardId, log] of reviewsByCard(reviews)) {
    const last = replayCardLog(cardId, log, schedulerOf).at(-1);
    if (last) states.push({ ...last.after, cardId, noteId: last.event.noteId });
  }
  return states.sort((a, b) => compareStrings(a.cardId, b.cardId));
}

/** The later of two export times (ties: the greater string, so the choice does not depend on the order). */
function laterIso(a: string, b: string): string {
  const difference = Date.parse(a) - Date.parse(b);
  if (difference !== 0) return difference > 0 ? a : b;
  return a >= b ? a : b;
}

/**
 * Two backups as one: events, profiles and sessions unioned by id, settings
 * by key, and every card's record replayed from its merged log. Pure and
 * deterministic; merge(a, b) equals merge(b, a), merge(a, a) equals a (for a
 * consistent backup in canonical order, as exports and merges are), and
 * merging b again changes nothing.
 */
export function mergeBackups(a: Backup, b: Backup): Backup {
  const profiles = unionBy(a.profiles, b.profiles, (profile) => profile.id, pickDeterministic);
  const reviews = unionBy(a.reviews, b.reviews, (review) => review.uid, pickDeterministic);
  return inCanonicalOrder({
    ...a,
    exportedAt: laterIso(a.exportedAt, b.exportedAt),
    profiles,
    reviews,
    cardStates: replayBackupCards(reviews, schedulerOfProfiles(profiles)),
    interviewSessions: unionBy(a.interviewSessions, b.interviewSessions, (session) => session.uid, moreAdvancedSession),
    settings: unionBy(a.settings, b.settings, (setting) => setting.key, newerSetting),
    notes: unionBy(a.notes, b.notes, (file) => file.path, newerLibraryFile),
    archive: unionBy(a.archive, b.archive, (card) => card.cardId, laterArchived),
  });
}
