import { describe, expect, it } from 'vitest';
import { createScheduler, DEFAULT_SCHEDULER_SETTINGS, groupStrengths, type StatsScope } from '../../../src/core';
import { fakeScheduler, NOW, record } from './stats-fixtures';

const scope: StatsScope = {
  notes: [
    { id: 'n1', deck: 'cs/os', tags: ['Memory', 'Process'] },
    { id: 'n2', deck: 'cs/network', tags: ['TCP', 'Memory'] },
    { id: 'n3', deck: '', tags: ['TCP'] },
  ],
  cards: [
    { id: 'os1', noteId: 'n1' },
    { id: 'os2', noteId: 'n1' },
    { id: 'net1', noteId: 'n2' },
    { id: 'net2', noteId: 'n2' },
    { id: 'top', noteId: 'n3' },
  ],
};

const records = new Map([
  ['os1', record({ stability: 90, scheduledDays: 30 })],
  ['os2', record({ stability: 70, scheduledDays: 5 })],
  ['net1', record({ stability: 40, scheduledDays: 21 })],
  ['top', record({ stability: 20, scheduledDays: 2 })],
]);

describe('deck and tag strength', () => {
  it('averages recall over reviewed cards, counts mature cards among all, and lists the weakest first', () => {
    const { decks, tags } = groupStrengths(scope, records, fakeScheduler, NOW);
    expect(decks.map((deck) => deck.name)).toEqual(['cs/network', 'cs', 'cs/os']);
    expect(decks[0]).toEqual({
      name: 'cs/network',
      cards: 2,
      reviewed: 1,
      mature: 1,
      averageRetrievability: 0.4,
      matureShare: 0.5,
    });
    // The parent deck holds both sub-decks; notes at the top belong to no deck.
    expect(decks[1]).toMatchObject({ cards: 4, reviewed: 3, mature: 2, matureShare: 0.5 });
    expect(decks[1]!.averageRetrievability).toBeCloseTo((0.9 + 0.7 + 0.4) / 3);
    expect(tags.map((tag) => tag.name)).toEqual(['TCP', 'Memory', 'Process']);
    expect(tags[0]!.averageRetrievability).toBeCloseTo((0.4 + 0.2) / 2);
    expect(tags[1]!.averageRetrievability).toBeCloseTo((0.9 + 0.7 + 0.4) / 3);
    expect(tags[2]!.averageRetrievability).toBeCloseTo(0.8);
  });

  it('puts groups nobody reviewed last, with no made-up recall', () => {
    const { decks } = groupStrengths(
      {
        ...scope,
        notes: [...scope.notes, { id: 'n4', deck: 'aaa', tags: [] }],
        cards: [...scope.cards, { id: 'x', noteId: 'n4' }],
      },
      records,
      fakeScheduler,
      NOW,
    );
    expect(decks.at(-1)).toEqual({
      name: 'aaa',
      cards: 1,
      reviewed: 0,
      mature: 0,
      averageRetrievability: null,
      matureShare: 0,
    });
  });

  it('uses the scheduler’s retrievability: a card just reviewed is well remembered', () => {
    const scheduler = createScheduler(DEFAULT_SCHEDULER_SETTINGS);
    const learned = scheduler.rate('os1', null, NOW - 60_000, 4);
    const { decks } = groupStrengths(scope, new Map([['os1', { ...record(), ...learned }]]), scheduler, NOW);
    const os = decks.find((deck) => deck.name === 'cs/os')!;
    expect(os.averageRetrievability).toBeGreaterThan(0.99);
    expect(os.averageRetrievability).toBeLessThanOrEqual(1);
  });
});
