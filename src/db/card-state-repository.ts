import { isSchedulable, type CardRecord } from '../core';
import type { MundapDatabase } from './database';
import { stateOfRow, type CardStateRow } from './rows';

/** Rows due at or before `until`, read through the `due` index only. */
export function readDueStates(db: MundapDatabase, until: number): Promise<CardStateRow[]> {
  return db.cardStates.where('due').belowOrEqual(until).toArray();
}

/** Ids of every card with a state: keys only, so cheap even at 100,000 cards. */
export async function readKnownCardIds(db: MundapDatabase): Promise<Set<string>> {
  return new Set(await db.cardStates.toCollection().primaryKeys());
}

/** The earliest review or learning card due after `now` among the cards `inScope` accepts. */
export function readNextDue(
  db: MundapDatabase,
  now: number,
  inScope: (cardId: string) => boolean,
): Promise<CardStateRow | undefined> {
  return db.cardStates
    .where('due')
    .above(now)
    .filter((row) => row.phase !== 'new' && isSchedulable(row, now) && inScope(row.cardId))
    .first();
}

export async function readCardStates(db: MundapDatabase, cardIds: readonly string[]): Promise<Map<string, CardRecord>> {
  const rows = await db.cardStates.bulkGet([...cardIds]);
  const states = new Map<string, CardRecord>();
  for (const row of rows) if (row) states.set(row.cardId, stateOfRow(row));
  return states;
}
