import { BACKUP_FORMAT, BACKUP_VERSION, DEVICE_SETTING_KEYS, type Backup } from './backup-format';
import { backupSchema, EARLIEST_EVENT, LATEST_EVENT, SETTING_VALUE_SCHEMAS } from './backup-schema';
import { inCanonicalOrder } from './canonical-order';

/**
 * Why a file was refused; the UI shows one message per code.
 * - empty: nothing in the file
 * - truncated: JSON cut off before its end (an interrupted download or copy)
 * - malformed: JSON with a syntax error
 * - foreign: readable, but not a Mundap backup (an Anki export, another app's JSON)
 * - newer-version: a backup made by a newer Mundap, which this one cannot read
 * - invalid: a field missing, of the wrong type or out of range (`detail`: its path)
 * - duplicate-id: two events, sessions, cards, profiles or settings with the same id
 * - unknown-profile: a rating made under scheduler settings the file does not hold
 */
export type BackupErrorCode =
  'empty' | 'truncated' | 'malformed' | 'foreign' | 'newer-version' | 'invalid' | 'duplicate-id' | 'unknown-profile';

export class BackupError extends Error {
  readonly code: BackupErrorCode;
  /** Where the first problem is, as a JSON path (`reviews[3].grade`), or the version found; null when the code says it all. */
  readonly detail: string | null;

  constructor(code: BackupErrorCode, detail: string | null = null) {
    super(detail === null ? `backup ${code}` : `backup ${code}: ${detail}`);
    this.name = 'BackupError';
    this.code = code;
    this.detail = detail;
  }
}

/** `reviews[3].grade` from zod's ['reviews', 3, 'grade']. */
function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index ? '.' : ''}${String(key)}`))
    .join('');
}

/**
 * Whether JSON text stops in the middle: inside a string, or with an object
 * or array still open. Tells a cut-off file from one with a typo.
 */
function endsInside(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (inString) {
      if (char === '\\') index += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') depth += 1;
    else if (char === '}' || char === ']') depth -= 1;
  }
  return inString || depth > 0;
}

function parseJson(text: string): unknown {
  // A byte-order mark is valid in a file but not in JSON.parse.
  const body = text.replace(/^\uFEFF/, '').trim();
  if (body === '') throw new BackupError('empty');
  try {
    return JSON.parse(body);
  } catch {
    // Not even meant to be JSON (an Anki .apkg or .txt export, a CSV): not ours.
    if (body[0] !== '{' && body[0] !== '[') throw new BackupError('foreign');
    throw new BackupError(endsInside(body) ? 'truncated' : 'malformed');
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The index of the first value seen before, or -1. */
function firstDuplicate(values: readonly string[]): number {
  const seen = new Set<string>();
  for (const [index, value] of values.entries()) {
    if (seen.has(value)) return index;
    seen.add(value);
  }
  return -1;
}

/** What a schema cannot see alone: ids unique, references resolved, settings values sane. */
function checkConsistency(backup: Backup): void {
  const exportedAt = Date.parse(backup.exportedAt);
  if (!(exportedAt >= EARLIEST_EVENT && exportedAt < LATEST_EVENT)) throw new BackupError('invalid', 'exportedAt');
  const ids: [list: string, field: string, values: string[]][] = [
    ['profiles', 'id', backup.profiles.map((profile) => profile.id)],
    ['reviews', 'uid', backup.reviews.map((review) => review.uid)],
    ['cardStates', 'cardId', backup.cardStates.map((state) => state.cardId)],
    ['interviewSessions', 'uid', backup.interviewSessions.map((session) => session.uid)],
    ['settings', 'key', backup.settings.map((setting) => setting.key)],
    ['notes', 'path', backup.notes.map((file) => file.path)],
    ['archive', 'cardId', backup.archive.map((card) => card.cardId)],
  ];
  for (const [list, field, values] of ids) {
    const index = firstDuplicate(values);
    if (index >= 0) throw new BackupError('duplicate-id', `${list}[${index}].${field}`);
  }
  const profiles = new Set(backup.profiles.map((profile) => profile.id));
  for (const [index, review] of backup.reviews.entries()) {
    if (review.kind === 'rating' && !profiles.has(review.profile)) {
      throw new BackupError('unknown-profile', `reviews[${index}].profile`);
    }
  }
  const reviewUids = new Set(backup.reviews.map((review) => review.uid));
  for (const [index, session] of backup.interviewSessions.entries()) {
    for (const [resultIndex, result] of session.results.entries()) {
      if (result.reviewUid !== null && !reviewUids.has(result.reviewUid)) {
        throw new BackupError('invalid', `interviewSessions[${index}].results[${resultIndex}].reviewUid`);
      }
    }
  }
  for (const [index, setting] of backup.settings.entries()) {
    if (setting.value === undefined) throw new BackupError('invalid', `settings[${index}].value`);
    const schema = SETTING_VALUE_SCHEMAS[setting.key];
    const result = schema?.safeParse(setting.value);
    if (result && !result.success) {
      const inner = formatPath(result.error.issues[0]?.path ?? []);
      throw new BackupError(
        'invalid',
        `settings[${index}].value${inner === '' || inner.startsWith('[') ? '' : '.'}${inner}`,
      );
    }
  }
}

/**
 * Reads a backup file's text, refusing it (with a BackupError) at its first
 * problem, before anything is written anywhere. Returns it in canonical
 * order, without the settings that describe the device that made it.
 */
export function parseBackup(text: string): Backup {
  const json = parseJson(text);
  if (!isRecord(json) || json.format !== BACKUP_FORMAT) throw new BackupError('foreign');
  const version = json.version;
  if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_VERSION) {
    throw new BackupError('newer-version', String(version));
  }
  const result = backupSchema.safeParse(json);
  if (!result.success) throw new BackupError('invalid', formatPath(result.error.issues[0]?.path ?? []));
  const backup: Backup = { ...result.data, version: BACKUP_VERSION };
  checkConsistency(backup);
  return inCanonicalOrder({
    ...backup,
    settings: backup.settings.filter((setting) => !DEVICE_SETTING_KEYS.includes(setting.key)),
  });
}
