/**
 * Statistics at 50,000 cards and 1,000,000 ratings over two years, all in
 * memory: the time of the core computation alone (the page runs it in a
 * worker after reading the log), and the memory it takes. Peak heap is
 * approximated by the heap in use right after the computation, before any
 * collection is forced, on top of a collected baseline.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
  computeStats,
  createScheduler,
  DEFAULT_CARD_STATUS,
  DEFAULT_SCHEDULER_SETTINGS,
  type CardRecord,
  type Phase,
  type StatsLogEntry,
  type StatsScope,
} from '../src/core/index';

const DAY = 86_400_000;

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** A deterministic pseudo-random sequence, so every run measures the same data. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

export function benchStats(cards = 50_000, reviews = 1_000_000): void {
  const now = Date.parse('2026-03-02T09:00:00Z');
  const next = random(7);
  const scope: StatsScope = {
    notes: Array.from({ length: cards / 10 }, (_, note) => ({
      id: `n${note}`,
      deck: `deck${note % 12}/sub${note % 5}`,
      tags: [`tag${note % 200}`, `tag${(note * 7) % 200}`],
    })),
    cards: Array.from({ length: cards }, (_, card) => ({ id: `c${card}`, noteId: `n${Math.floor(card / 10)}` })),
  };
  const learned = createScheduler(DEFAULT_SCHEDULER_SETTINGS).rate('bench', null, now - 40 * DAY, 4);
  const records = new Map<string, CardRecord>(
    scope.cards.map(({ id }, card) => [
      id,
      {
        ...learned,
        ...DEFAULT_CARD_STATUS,
        scheduledDays: Math.floor(next() * 60),
        due: now + Math.floor((next() - 0.2) * 40 * DAY),
        lastReview: now - Math.floor(next() * 30 * DAY),
        suspended: card % 97 === 0,
      },
    ]),
  );
  const phases: Phase[] = ['new', 'learning', 'review', 'review', 'review', 'relearning'];
  const befores = phases.flatMap((phase) => [5, 30].map((scheduledDays) => ({ phase, scheduledDays })));
  const log: StatsLogEntry[] = Array.from({ length: reviews }, () => ({
    cardId: `c${Math.floor(next() * cards)}`,
    kind: 'rating',
    grade: 1 + Math.floor(next() * 4),
    reviewedAt: now - Math.floor(next() * 730 * DAY),
    source: next() < 0.05 ? 'interview' : 'study',
    before: next() < 0.05 ? null : befores[Math.floor(next() * befores.length)]!,
  }));
  const scheduler = createScheduler(DEFAULT_SCHEDULER_SETTINGS);
  const run = () => computeStats({ reviews: log, records, scope, scheduler, now, dayStartHour: 4 });

  collect();
  const baseline = process.memoryUsage().heapUsed;
  const start = performance.now();
  run();
  const firstMs = performance.now() - start;
  const peak = process.memoryUsage().heapUsed - baseline;
  const times: number[] = [];
  for (let round = 0; round < 5; round += 1) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  const median = times.sort((a, b) => a - b)[2] ?? 0;
  console.log(
    `stats: ${cards.toLocaleString('en')} cards, ${reviews.toLocaleString('en')} ratings over two years (in memory)`,
  );
  console.log(`  computeStats, first run:  ${firstMs.toFixed(0)} ms`);
  console.log(`  computeStats, median of 5: ${median.toFixed(0)} ms`);
  console.log(`  heap taken by one run:     ${megabytes(peak)} (input log and records: ${megabytes(baseline)})`);
  console.log(`  peak resident set:         ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (whole process)`);
}
