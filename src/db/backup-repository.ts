import {
  BACKUP_REMINDER_DISMISSED_KEY,
  base64ToBytes,
  bytesToBase64,
  fileKindOf,
  newerLibraryFile,
  noteIdFromPath,
  prepareImport,
  createScheduler,
  describeMerge,
  DEVICE_SETTING_KEYS,
  emptyBackup,
  inCanonicalOrder,
  LAST_BACKUP_KEY,
  moreAdvancedSession,
  newerSetting,
  replayCardLog,
  stableStringify,
  type Backup,
  type BackupInterviewSession,
  type BackupLibraryFile,
  type BackupReview,
  type BackupStatus,
  type CardAction,
  type MergePreview,
} from '../core';
import type { MundapDatabase } from './database';
import { readSchedulerOf } from './review-repository';
import type { CardStateRow, InterviewSessionRow, LibraryFileRow, LibraryNoteRow, ReviewRow, SettingRow } from './rows';
import { getStudySettings } from './settings-repository';

function tablesOf(db: MundapDatabase) {
  return [
    db.profiles,
    db.reviews,
    db.cardStates,
    db.interviewSessions,
    db.settings,
    db.libraryNotes,
    db.libraryFiles,
    db.archivedCards,
  ];
}

function libraryFileOfNote(row: LibraryNoteRow): BackupLibraryFile {
  return { path: row.path, kind: 'note', data: bytesToBase64(row.bytes), type: '', updatedAt: row.updatedAt };
}

function libraryFileOfImage(row: LibraryFileRow): BackupLibraryFile {
  return { path: row.path, kind: 'image', data: bytesToBase64(row.bytes), type: row.type, updatedAt: 0 };
}

function actionOf(row: ReviewRow): CardAction {
  switch (row.kind) {
    case 'rating':
      return { kind: row.kind, grade: row.grade, profile: row.profile };
    case 'bury':
      return { kind: row.kind, until: row.until };
    case 'flag':
      return { kind: row.kind, flag: row.flag };
    default:
      return { kind: row.kind };
  }
}

/** A log row as the file holds it: without its local id and the records replay re-derives. */
function reviewOfRow(row: ReviewRow): BackupReview {
  const { uid, cardId, noteId, reviewedAt, elapsedMs, source } = row;
  return { ...actionOf(row), uid, cardId, noteId, reviewedAt, elapsedMs, source };
}

/** A session as the file holds it: graded answers name their log entry by uid. */
function sessionOfRow(row: InterviewSessionRow, uidOf: (reviewId: number) => string | undefined) {
  const { id: _id, results, ...rest } = row;
  const session: BackupInterviewSession = {
    ...rest,
    results: results.map(({ reviewId, ...result }) => ({ ...result, reviewUid: uidOf(reviewId) ?? null })),
  };
  return session;
}

function settingsOfRows(rows: readonly (SettingRow | undefined)[]) {
  return rows.flatMap((row) =>
    row && !DEVICE_SETTING_KEYS.includes(row.key)
      ? [{ key: row.key, value: row.value, updatedAt: row.updatedAt ?? 0 }]
      : [],
  );
}

/**
 * Everything that makes the learner's progress, as a backup file, read in
 * one transaction so it is a consistent snapshot; then records that this
 * device was backed up at `now`.
 */
export async function exportBackup(db: MundapDatabase, now: number): Promise<Backup> {
  const backup = await db.transaction('r', tablesOf(db), async () => {
    const [profiles, reviews, cardStates, sessions, settings, notes, images, archive] = await Promise.all([
      db.profiles.toArray(),
      db.reviews.toArray(),
      db.cardStates.toArray(),
      db.interviewSessions.toArray(),
      db.settings.toArray(),
      db.libraryNotes.toArray(),
      db.libraryFiles.toArray(),
      db.archivedCards.toArray(),
    ]);
    const uidById = new Map(reviews.map((row) => [row.id, row.uid]));
    return inCanonicalOrder({
      ...emptyBackup(new Date(now).toISOString()),
      profiles: profiles.map(({ id, settings }) => ({ id, settings })),
      reviews: reviews.map(reviewOfRow),
      cardStates,
      interviewSessions: sessions.map((row) => sessionOfRow(row, (id) => uidById.get(id))),
      settings: settingsOfRows(settings),
      notes: [...notes.map(libraryFileOfNote), ...images.map(libraryFileOfImage)],
      archive,
    });
  });
  await db.settings.put({ key: LAST_BACKUP_KEY, value: now, updatedAt: now });
  return backup;
}

/** What the device holds of what `incoming` touches, as a backup, with the rows it came from. */
interface Overlap {
  current: Backup;
  /** The logs of the incoming backup's cards. */
  reviewRows: ReviewRow[];
  sessionRows: InterviewSessionRow[];
}

/**
 * Reads only what a merge with `incoming` can change (the logs of its cards,
 * its sessions and settings) and every profile: importing a small backup
 * into a large history stays cheap. Runs inside the caller's transaction.
 */
async function readOverlap(db: MundapDatabase, incoming: Backup): Promise<Overlap> {
  const cardIds = [...new Set(incoming.reviews.map((review) => review.cardId))];
  const reviewRows = await db.reviews.where('cardId').anyOf(cardIds).toArray();
  const cardStates = (await db.cardStates.bulkGet(cardIds)).filter((row): row is CardStateRow => row !== undefined);
  const profiles = await db.profiles.toArray();
  const sessionRows = await db.interviewSessions
    .where('uid')
    .anyOf(incoming.interviewSessions.map((session) => session.uid))
    .toArray();
  const graded = await db.reviews.bulkGet(sessionRows.flatMap((row) => row.results.map((result) => result.reviewId)));
  const uidById = new Map(graded.flatMap((row) => (row?.id === undefined ? [] : [[row.id, row.uid] as const])));
  const settings = await db.settings.bulkGet(incoming.settings.map((setting) => setting.key));
  const notePaths = incoming.notes.filter((file) => file.kind === 'note').map((file) => noteIdFromPath(file.path));
  const notes = (await db.libraryNotes.bulkGet(notePaths)).filter((row): row is LibraryNoteRow => row !== undefined);
  const imagePaths = incoming.notes.filter((file) => file.kind === 'image').map((file) => file.path);
  const images = (await db.libraryFiles.bulkGet(imagePaths)).filter((row): row is LibraryFileRow => row !== undefined);
  const current = inCanonicalOrder({
    ...emptyBackup(incoming.exportedAt),
    profiles: profiles.map(({ id, settings }) => ({ id, settings })),
    reviews: reviewRows.map(reviewOfRow),
    cardStates,
    interviewSessions: sessionRows.map((row) => sessionOfRow(row, (id) => uidById.get(id))),
    settings: settingsOfRows(settings),
    notes: [...notes.map(libraryFileOfNote), ...images.map(libraryFileOfImage)],
    archive: (await db.archivedCards.bulkGet(incoming.archive.map((card) => card.cardId))).filter(
      (row) => row !== undefined,
    ),
  });
  return { current, reviewRows, sessionRows };
}

/** What importing `backup` would change here; writes nothing. */
export async function previewImport(db: MundapDatabase, backup: Backup): Promise<MergePreview> {
  return db.transaction('r', tablesOf(db), async () => describeMerge((await readOverlap(db, backup)).current, backup));
}

/**
 * Merges a (validated) backup into the database in one transaction: new log
 * entries are added, the cards they belong to are replayed (every entry's
 * before/after and the card's record; other cards are not touched), sessions
 * and settings are replaced where the backup's are further along or newer,
 * and missing profiles are added. Either all of it lands or none of it.
 * Importing the same backup again finds nothing to change.
 */
export async function importBackup(
  db: MundapDatabase,
  backup: Backup,
  options: { knownNoteIds?: Iterable<string> } = {},
): Promise<MergePreview> {
  // Compiled before the transaction, which must not wait on anything but the database.
  const library = compileLibraryFiles(backup.notes, options.knownNoteIds ?? []);
  return db.transaction('rw', tablesOf(db), async () => {
    const { current, reviewRows, sessionRows } = await readOverlap(db, backup);
    const preview = describeMerge(current, backup);
    await mergeLibraryFiles(db, current.notes, backup.notes, library);
    const archived = new Map(current.archive.map((card) => [card.cardId, card]));
    for (const card of backup.archive) {
      const local = archived.get(card.cardId);
      if (local && local.archivedAt >= card.archivedAt) continue;
      await db.archivedCards.put(card);
    }

    const knownProfiles = new Set(current.profiles.map((profile) => profile.id));
    await db.profiles.bulkPut(backup.profiles.filter((profile) => !knownProfiles.has(profile.id)));

    await mergeCardLogs(db, reviewRows, backup.reviews);

    const sessionIds = new Map(sessionRows.map((row) => [row.uid, row.id]));
    const localSessions = new Map(current.interviewSessions.map((session) => [session.uid, session]));
    const sessions = backup.interviewSessions.filter((session) => {
      const local = localSessions.get(session.uid);
      return !local || stableStringify(moreAdvancedSession(local, session)) !== stableStringify(local);
    });
    const referenced = sessions.flatMap((session) => session.results.flatMap((result) => result.reviewUid ?? []));
    const idByUid = new Map(
      (await db.reviews.where('uid').anyOf(referenced).toArray()).map((row) => [row.uid, row.id] as const),
    );
    await db.interviewSessions.bulkPut(
      sessions.map(({ results, ...session }) => {
        const id = sessionIds.get(session.uid);
        return {
          ...(id === undefined ? {} : { id }),
          ...session,
          // A result whose entry was gone from the log when the backup was made keeps no link to it (0 names no entry).
          results: results.map(({ reviewUid, ...result }) => ({
            ...result,
            reviewId: (reviewUid === null ? undefined : idByUid.get(reviewUid)) ?? 0,
          })),
        };
      }),
    );

    const localSettings = new Map(current.settings.map((setting) => [setting.key, setting]));
    await db.settings.bulkPut(
      backup.settings.filter((setting) => {
        const local = localSettings.get(setting.key);
        return !local || stableStringify(newerSetting(local, setting)) !== stableStringify(local);
      }),
    );
    return preview;
  });
}

/** The backup's notes compiled as an import compiles them (so their cards get the ids the log names), by path. */
function compileLibraryFiles(files: readonly BackupLibraryFile[], knownNoteIds: Iterable<string>) {
  const decoded = files.flatMap((file) => {
    const kind = fileKindOf(file.path);
    return kind ? [{ path: file.path, kind, bytes: base64ToBytes(file.data) }] : [];
  });
  const prepared = prepareImport(decoded, {
    noteIds: new Set(knownNoteIds),
    images: new Set(files.filter((file) => file.kind === 'image').map((file) => file.path)),
  });
  return {
    notes: new Map(prepared.notes.map((note) => [note.path, note])),
    images: new Map(prepared.files.map((file) => [file.path, file])),
  };
}

/** Writes the backup's library files that are new here or newer than the device's copy. */
async function mergeLibraryFiles(
  db: MundapDatabase,
  local: readonly BackupLibraryFile[],
  incoming: readonly BackupLibraryFile[],
  compiled: ReturnType<typeof compileLibraryFiles>,
): Promise<void> {
  const localByPath = new Map(local.map((file) => [file.path, file]));
  for (const file of incoming) {
    const mine = localByPath.get(file.path);
    if (mine && stableStringify(newerLibraryFile(mine, file)) === stableStringify(mine)) continue;
    const note = compiled.notes.get(file.path);
    if (note) {
      const importedAt = (await db.libraryNotes.get(note.compiled.id))?.importedAt ?? file.updatedAt;
      await db.libraryNotes.put({ id: note.compiled.id, ...note, importedAt, updatedAt: file.updatedAt });
    }
    const image = compiled.images.get(file.path);
    if (image) await db.libraryFiles.put(image);
  }
}

/**
 * Adds the incoming entries the device lacks and replays the cards they
 * belong to over their merged logs. Entries already here keep their local
 * ids; only those whose before/after the merge changes are rewritten.
 */
async function mergeCardLogs(
  db: MundapDatabase,
  localRows: readonly ReviewRow[],
  incoming: readonly BackupReview[],
): Promise<void> {
  const localUids = new Set(localRows.map((row) => row.uid));
  const unseen = incoming.filter((review) => !localUids.has(review.uid));
  // An entry can be here under another card id: its history moved when a library note's question was edited.
  const movedUids = new Set(
    (
      await db.reviews
        .where('uid')
        .anyOf(unseen.map((review) => review.uid))
        .toArray()
    ).map((row) => row.uid),
  );
  const fresh = unseen.filter((review) => !movedUids.has(review.uid));
  if (fresh.length === 0) return;
  const logs = new Map<string, (ReviewRow | BackupReview)[]>();
  for (const review of fresh) logs.set(review.cardId, [...(logs.get(review.cardId) ?? []), review]);
  for (const row of localRows) logs.get(row.cardId)?.push(row);

  // Profiles the device lacked were added above; the fallback serves only a local row naming none.
  const schedulerOf = await readSchedulerOf(db, createScheduler((await getStudySettings(db)).scheduler));
  const added: ReviewRow[] = [];
  const rewritten: ReviewRow[] = [];
  const records: CardStateRow[] = [];
  for (const [cardId, log] of logs) {
    const steps = replayCardLog(cardId, log, schedulerOf);
    for (const { event, before, after } of steps) {
      const row = { ...event, before, after } as ReviewRow;
      if (!('id' in event)) added.push(row);
      else if (stableStringify([before, after]) !== stableStringify([event.before, event.after])) rewritten.push(row);
    }
    const last = steps.at(-1);
    if (last) records.push({ ...last.after, cardId, noteId: last.event.noteId });
  }
  await db.reviews.bulkPut(rewritten);
  await db.reviews.bulkAdd(added);
  await db.cardStates.bulkPut(records);
}

function numberOf(row: SettingRow | undefined): number | null {
  return typeof row?.value === 'number' ? row.value : null;
}

/** What the backup reminder needs: whether there is progress to lose and when it was last saved or put off. */
export async function readBackupStatus(db: MundapDatabase): Promise<BackupStatus> {
  return db.transaction('r', db.reviews, db.settings, async () => {
    const first = await db.reviews.orderBy('reviewedAt').first();
    const [lastBackup, dismissed] = await db.settings.bulkGet([LAST_BACKUP_KEY, BACKUP_REMINDER_DISMISSED_KEY]);
    return {
      firstReviewAt: first?.reviewedAt ?? null,
      lastBackupAt: numberOf(lastBackup),
      reminderDismissedAt: numberOf(dismissed),
    };
  });
}

/** "Later": the reminder stays away for another two weeks. */
export async function dismissBackupReminder(db: MundapDatabase, now: number): Promise<void> {
  await db.settings.put({ key: BACKUP_REMINDER_DISMISSED_KEY, value: now, updatedAt: now });
}
