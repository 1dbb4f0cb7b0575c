import { describe, expect, it } from 'vitest';
import { BackupError, bytesToBase64, parseBackup, type BackupErrorCode } from '../../../src/core';
import { backupOf, PROFILES, T0 } from './backup-arbitraries';

const backup = backupOf({
  reviews: [
    {
      kind: 'rating',
      grade: 3,
      profile: PROFILES[0]!.id,
      uid: 'r1',
      cardId: 'c1',
      noteId: 'deck/note',
      reviewedAt: T0,
      elapsedMs: 4200,
      source: 'study',
    },
    {
      kind: 'flag',
      flag: 2,
      uid: 'r2',
      cardId: 'c1',
      noteId: 'deck/note',
      reviewedAt: T0 + 1,
      elapsedMs: 0,
      source: 'study',
    },
  ],
  settings: [{ key: 'study', value: { newCardsPerDay: 15 }, updatedAt: T0 }],
});
const text = JSON.stringify(backup, null, 2);

/** The backup as plain JSON, changed by `edit`, as a file's text. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the edits break the types on purpose
function edited(edit: (json: Record<string, any>) => void): string {
  const json = JSON.parse(text);
  edit(json);
  return JSON.stringify(json);
}

function refusal(input: string): { code: BackupErrorCode; detail: string | null } {
  try {
    parseBackup(input);
  } catch (error) {
    if (error instanceof BackupError) return { code: error.code, detail: error.detail };
    throw error;
  }
  throw new Error('the file was accepted');
}

describe('reading a backup file', () => {
  it('accepts a backup as exported, byte-order mark and all', () => {
    expect(parseBackup(text)).toEqual(backup);
    expect(parseBackup(`\uFEFF${text}\n`)).toEqual(backup);
  });

  it('tells a file cut off mid-way from one with a typo', () => {
    expect(refusal(text.slice(0, text.length / 2))).toEqual({ code: 'truncated', detail: null });
    expect(refusal(text.slice(0, -1))).toEqual({ code: 'truncated', detail: null });
    expect(refusal(text.replace('"reviews":', '"reviews";'))).toEqual({ code: 'malformed', detail: null });
    expect(refusal('   ')).toEqual({ code: 'empty', detail: null });
  });

  it('refuses files that are not Mundap backups: other JSON, an Anki text export', () => {
    expect(refusal('{"deck": "Default", "cards": []}').code).toBe('foreign');
    expect(refusal('[1, 2, 3]').code).toBe('foreign');
    expect(refusal('#separator:tab\n#html:true\n질문\t답\n').code).toBe('foreign');
    expect(refusal(edited((json) => (json.format = 'anki'))).code).toBe('foreign');
  });

  it('says when a backup comes from a newer Mundap', () => {
    expect(refusal(edited((json) => (json.version = 3)))).toEqual({ code: 'newer-version', detail: '3' });
    expect(refusal(edited((json) => (json.version = 0))).code).toBe('invalid');
  });

  it('points at the first field of the wrong type or out of range', () => {
    expect(refusal(edited((json) => (json.reviews[0].grade = 5)))).toEqual({
      code: 'invalid',
      detail: 'reviews[0].grade',
    });
    expect(refusal(edited((json) => (json.reviews[1].flag = '2'))).detail).toBe('reviews[1].flag');
    expect(refusal(edited((json) => (json.reviews[0].uid = ''))).detail).toBe('reviews[0].uid');
    expect(refusal(edited((json) => (json.reviews[0].kind = 'delete'))).detail).toBe('reviews[0].kind');
    expect(refusal(edited((json) => delete json.cardStates)).detail).toBe('cardStates');
  });

  it('refuses dates that are not finite or not plausible', () => {
    expect(refusal(text.replace(`"reviewedAt": ${T0}`, '"reviewedAt": 1e999')).detail).toBe('reviews[0].reviewedAt');
    expect(refusal(edited((json) => (json.reviews[0].reviewedAt = 86_400_000))).detail).toBe('reviews[0].reviewedAt');
    expect(refusal(edited((json) => (json.exportedAt = 'yesterday'))).detail).toBe('exportedAt');
  });

  it('refuses a rating made under a scheduler profile the file does not hold', () => {
    expect(refusal(edited((json) => (json.reviews[0].profile = 'p000000000000')))).toEqual({
      code: 'unknown-profile',
      detail: 'reviews[0].profile',
    });
  });

  it('refuses two events with the same uid', () => {
    expect(refusal(edited((json) => (json.reviews[1].uid = 'r1')))).toEqual({
      code: 'duplicate-id',
      detail: 'reviews[1].uid',
    });
  });

  it('checks the values of known settings and keeps unknown ones as they are', () => {
    expect(refusal(edited((json) => (json.settings[0].value.newCardsPerDay = -3))).detail).toBe(
      'settings[0].value.newCardsPerDay',
    );
    const withOther = parseBackup(edited((json) => json.settings.push({ key: 'other', value: [1], updatedAt: 0 })));
    expect(withOther.settings.map((setting) => setting.key)).toEqual(['other', 'study']);
  });

  it('drops the settings that describe the device the file was made on', () => {
    const parsed = parseBackup(edited((json) => json.settings.push({ key: 'lastBackupAt', value: T0, updatedAt: T0 })));
    expect(parsed.settings.map((setting) => setting.key)).toEqual(['study']);
  });

  it('reads a version-1 file (made before the library) as the current version', () => {
    expect(parseBackup(edited((json) => (json.version = 1))).version).toBe(2);
  });

  it('takes library files with safe paths and base64 data, and refuses any other', () => {
    const file = {
      path: 'os/deadlock.md',
      kind: 'note',
      data: bytesToBase64(new TextEncoder().encode('# 교착 상태\n')),
      type: '',
      updatedAt: 0,
    };
    expect(parseBackup(edited((json) => json.notes.push(file))).notes).toEqual([file]);
    for (const path of ['../evil.md', '/etc/x.md', 'a/../../b.md', '..\\x.md']) {
      expect(refusal(edited((json) => json.notes.push({ ...file, path }))), path).toEqual({
        code: 'invalid',
        detail: 'notes[0].path',
      });
    }
    expect(refusal(edited((json) => json.notes.push({ ...file, data: 'not base64!' }))).detail).toBe('notes[0].data');
    expect(refusal(edited((json) => json.notes.push(file, file)))).toEqual({
      code: 'duplicate-id',
      detail: 'notes[1].path',
    });
  });
});
