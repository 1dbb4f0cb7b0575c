/**
 * The due queue at 100,000 reviewed cards: how long reading the study
 * snapshot takes when a small share is due. Runs on fake-indexeddb in Node,
 * so the absolute figure is only a guide to the browser's; what matters is
 * that the cost follows the due rows, not the whole table.
 */
import 'fake-indexeddb/auto';
import { createScheduler, DEFAULT_CARD_STATUS, DEFAULT_SCHEDULER_SETTINGS } from '../src/core/index';
import { MundapDatabase, readDueStates, readKnownCardIds, readStudySnapshot, type CardStateRow } from '../src/db/index';

const DAY = 86_400_000;

async function median5(run: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let round = 0; round < 5; round += 1) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[2] ?? 0;
}

export async function benchDueQueue(cards = 100_000, dueShare = 0.01): Promise<void> {
  const db = new MundapDatabase('bench-due-queue');
  await db.delete();
  await db.open();
  const now = Date.parse('2026-03-02T09:00:00Z');
  const learned = createScheduler(DEFAULT_SCHEDULER_SETTINGS).rate('bench', null, now - 30 * DAY, 4);
  const every = Math.round(1 / dueShare);
  const rows: CardStateRow[] = Array.from({ length: cards }, (_, i) => ({
    ...learned,
    ...DEFAULT_CARD_STATUS,
    cardId: `c${i}`,
    noteId: `n${i % 500}`,
    due: now + (i % every === 0 ? -DAY : 20 * DAY),
  }));
  await db.cardStates.bulkPut(rows);
  const due = (await readStudySnapshot(db, now)).dueStates.size;
  console.log(`due queue: ${cards.toLocaleString('en')} reviewed cards, ${due} due (median of 5, fake-indexeddb)`);
  console.log(`  due rows via the due index: ${(await median5(() => readDueStates(db, now))).toFixed(1)} ms`);
  console.log(`  known card ids (keys only): ${(await median5(() => readKnownCardIds(db))).toFixed(1)} ms`);
  console.log(`  whole study snapshot:       ${(await median5(() => readStudySnapshot(db, now))).toFixed(1)} ms`);
  await db.delete();
}
