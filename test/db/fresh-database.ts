import { afterEach, beforeEach } from 'vitest';
import { MundapDatabase } from '../../src/db';

let opened = 0;

/**
 * A new, empty database for every test of the calling file (deleted after
 * it), so no test sees another's rows. Read the current one through the
 * returned function.
 */
export function freshDatabase(): () => MundapDatabase {
  let db: MundapDatabase | undefined;
  beforeEach(async () => {
    opened += 1;
    db = new MundapDatabase(`test-${opened}`);
    await db.open();
  });
  afterEach(async () => {
    await db?.delete();
  });
  return () => {
    if (!db) throw new Error('freshDatabase() is only usable inside a test');
    return db;
  };
}
