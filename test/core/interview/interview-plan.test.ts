import { describe, expect, it } from 'vitest';
import {
  newCardState,
  planInterview,
  type CompiledCard,
  type NoteSummary,
  type PlanInput,
  type SchedulingState,
} from '../../../src/core';

const NOW = Date.parse('2026-03-02T09:00:00Z');

const card = (noteId: string, n: number, answer = '답'): CompiledCard => ({
  id: `${noteId}#${n}`,
  noteId,
  kind: 'qa',
  question: `질문 ${n}`,
  answer,
  keywords: [],
  line: n,
  questionHtml: '',
  answerHtml: '',
});

const note = (id: string, deck: string, extra: Partial<NoteSummary> = {}, cards = 2): NoteSummary => ({
  id,
  deck,
  title: id,
  date: null,
  tags: [],
  difficulty: null,
  cards: Array.from({ length: cards }, (_, i) => card(id, i + 1)),
  tables: [],
  warnings: [],
  ...extra,
});

const notes = [
  note('ml/a', 'ml', { tags: ['MLOps'], difficulty: 'easy' }),
  note('ml/ops/b', 'ml/ops', { tags: ['mlops', 'Kubernetes'], difficulty: 'hard' }),
  note('os/c', 'os', { difficulty: 'hard' }),
  note('os/empty', 'os', { tags: ['Empty'] }, 0),
];

const plan = (overrides: Partial<PlanInput>) =>
  planInterview({
    notes,
    source: { kind: 'all' },
    questionCount: 5,
    seed: 1,
    states: new Map(),
    now: NOW,
    ...overrides,
  });

const due = (at: number): SchedulingState => ({ ...newCardState(at), phase: 'review', due: at });

describe('planning an interview', () => {
  it('takes the asked number of questions, the same for the same seed and shuffled by it', () => {
    const first = plan({ seed: 7 });
    expect(first).toEqual(plan({ seed: 7 }));
    expect(first.ok && first.cardIds).toHaveLength(5);
    const orders = new Set([1, 2, 3, 4, 5].map((seed) => JSON.stringify(plan({ seed, questionCount: 6 }))));
    expect(orders.size).toBeGreaterThan(1);
  });

  it('never asks more questions than there are', () => {
    const result = plan({ questionCount: 50 });
    expect(result.ok && [...result.cardIds].sort()).toEqual(notes.flatMap((n) => n.cards.map((c) => c.id)).sort());
  });

  it('draws from a deck with its sub-folders, a tag in any case, a difficulty or one note', () => {
    const ids = (result: ReturnType<typeof plan>) => (result.ok ? [...result.cardIds].sort() : result.reason);
    expect(ids(plan({ source: { kind: 'deck', deck: 'ml' } }))).toEqual([
      'ml/a#1',
      'ml/a#2',
      'ml/ops/b#1',
      'ml/ops/b#2',
    ]);
    expect(ids(plan({ source: { kind: 'tag', tag: 'MLOPS' } }))).toEqual([
      'ml/a#1',
      'ml/a#2',
      'ml/ops/b#1',
      'ml/ops/b#2',
    ]);
    expect(ids(plan({ source: { kind: 'difficulty', difficulty: 'hard' } }))).toEqual([
      'ml/ops/b#1',
      'ml/ops/b#2',
      'os/c#1',
      'os/c#2',
    ]);
    expect(ids(plan({ source: { kind: 'note', noteId: 'os/c' } }))).toEqual(['os/c#1', 'os/c#2']);
  });

  it('says why nothing can be asked', () => {
    expect(plan({ source: { kind: 'deck', deck: 'nope' } })).toEqual({ ok: false, reason: 'no-matching-notes' });
    expect(plan({ source: { kind: 'difficulty', difficulty: 'medium' } })).toEqual({
      ok: false,
      reason: 'no-matching-notes',
    });
    expect(plan({ source: { kind: 'tag', tag: 'Empty' } })).toEqual({ ok: false, reason: 'no-questions' });
  });

  it('"due first" asks due cards, most overdue first, then new ones, and skips cards not due yet', () => {
    const all = notes.flatMap((n) => n.cards.map((c) => c.id));
    const states = new Map<string, SchedulingState>([
      ['os/c#2', due(NOW - 1000)],
      ['ml/a#1', due(NOW - 86_400_000)],
      ['ml/a#2', due(NOW + 86_400_000)],
    ]);
    const result = plan({ source: { kind: 'due-first' }, states, questionCount: 10 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.cardIds.slice(0, 2)).toEqual(['ml/a#1', 'os/c#2']);
    expect(result.cardIds).not.toContain('ml/a#2');
    expect(result.cardIds).toHaveLength(all.length - 1);
  });

  it('"due first" with nothing due and nothing new says so', () => {
    const states = new Map(notes.flatMap((n) => n.cards.map((c) => [c.id, due(NOW + 3_600_000)] as const)));
    expect(plan({ source: { kind: 'due-first' }, states })).toEqual({ ok: false, reason: 'nothing-due' });
  });

  it('keeps a list of cards in its own order and drops ids no note has any more', () => {
    expect(plan({ source: { kind: 'cards', cardIds: ['os/c#2', 'gone#1', 'ml/a#1'] } })).toEqual({
      ok: true,
      cardIds: ['os/c#2', 'ml/a#1'],
    });
    expect(plan({ source: { kind: 'cards', cardIds: ['gone#1'] } })).toEqual({
      ok: false,
      reason: 'no-matching-notes',
    });
  });
});
