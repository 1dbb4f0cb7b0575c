import type { MundapDatabase } from './database';

/**
 * Opens the database up front so a browser that refuses IndexedDB (some
 * private modes, a full disk, a blocked upgrade) is reported at start,
 * instead of failing at the first rating.
 */
export async function openDatabase(db: MundapDatabase): Promise<{ ok: true } | { ok: false; reason: string }> {
  try {
    await db.open();
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}
