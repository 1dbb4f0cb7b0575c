import { replayCard } from '../scheduler/card-event';
import type { Backup } from './backup-format';
import { stableStringify } from './canonical-order';
import {
  moreAdvancedSession,
  newerLibraryFile,
  newerSetting,
  reviewsByCard,
  schedulerOfProfiles,
} from './merge-backups';

/** What importing a backup would change, for the learner to confirm first. */
export interface MergePreview {
  /** Log entries the device does not have yet. */
  newReviews: number;
  /** Cards with no history on the device that the backup brings one for. */
  newCards: number;
  /** Cards with a history on the device whose record the merge changes. */
  changedCards: number;
  /** Cards both sides acted on independently: each has entries the other lacks, so their logs interleave. */
  conflicts: number;
  sessionsAdded: number;
  /** Sessions the device has that the backup has further along. */
  sessionsUpdated: number;
  /** Settings whose value the backup's newer one replaces (or adds). */
  settingsChanged: number;
  /** Library files (notes and images) the device lacks, and those the backup has in a newer version. */
  libraryAdded: number;
  libraryUpdated: number;
}

/**
 * What merging `incoming` into `current` changes. `current` need only hold
 * what `incoming` touches (the logs of its cards, its sessions and settings,
 * every profile), so a device can describe an import without reading all of
 * its history.
 */
export function describeMerge(current: Backup, incoming: Backup): MergePreview {
  const preview: MergePreview = {
    newReviews: 0,
    newCards: 0,
    changedCards: 0,
    conflicts: 0,
    sessionsAdded: 0,
    sessionsUpdated: 0,
    settingsChanged: 0,
    libraryAdded: 0,
    libraryUpdated: 0,
  };
  const currentLogs = reviewsByCard(current.reviews);
  const currentUids = new Set(current.reviews.map((review) => review.uid));
  const schedulerOf = schedulerOfProfiles([...current.profiles, ...incoming.profiles]);

  for (const [cardId, log] of reviewsByCard(incoming.reviews)) {
    const fresh = log.filter((review) => !currentUids.has(review.uid));
    if (fresh.length === 0) continue;
    preview.newReviews += fresh.length;
    const local = currentLogs.get(cardId) ?? [];
    if (local.length === 0) {
      preview.newCards += 1;
      continue;
    }
    const incomingUids = new Set(log.map((review) => review.uid));
    if (local.some((review) => !incomingUids.has(review.uid))) preview.conflicts += 1;
    const before = replayCard(cardId, local, schedulerOf);
    const after = replayCard(cardId, [...local, ...fresh], schedulerOf);
    if (stableStringify(before) !== stableStringify(after)) preview.changedCards += 1;
  }

  const sessions = new Map(current.interviewSessions.map((session) => [session.uid, session]));
  for (const session of incoming.interviewSessions) {
    const local = sessions.get(session.uid);
    if (!local) preview.sessionsAdded += 1;
    else if (stableStringify(moreAdvancedSession(local, session)) !== stableStringify(local)) {
      preview.sessionsUpdated += 1;
    }
  }

  const settings = new Map(current.settings.map((setting) => [setting.key, setting]));
  for (const setting of incoming.settings) {
    const local = settings.get(setting.key);
    if (!local || stableStringify(newerSetting(local, setting)) !== stableStringify(local)) {
      preview.settingsChanged += 1;
    }
  }

  const files = new Map(current.notes.map((file) => [file.path, file]));
  for (const file of incoming.notes) {
    const local = files.get(file.path);
    if (!local) preview.libraryAdded += 1;
    else if (stableStringify(newerLibraryFile(local, file)) !== stableStringify(local)) preview.libraryUpdated += 1;
  }
  return preview;
}
