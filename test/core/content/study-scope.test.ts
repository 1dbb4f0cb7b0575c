import { describe, expect, it } from 'vitest';
import { listDecks, notesInScope, type NoteSummary } from '../../../src/core';

const note = (id: string, deck: string): NoteSummary => ({
  id,
  deck,
  title: id,
  date: null,
  tags: [],
  difficulty: null,
  cards: [],
  tables: [],
  warnings: [],
});

describe('study scope', () => {
  const notes = [note('top', ''), note('ml/a', 'ml'), note('ml/ops/b', 'ml/ops'), note('mlx/c', 'mlx')];

  it('lists every folder with its ancestors', () => {
    expect(listDecks(notes)).toEqual(['ml', 'ml/ops', 'mlx']);
  });

  it('orders numbered folders by number, as their authors meant', () => {
    const numbered = [note('a', '4-10-cost'), note('b', '4-2-serving'), note('c', '4-1-transformer')];
    expect(listDecks(numbered)).toEqual(['4-1-transformer', '4-2-serving', '4-10-cost']);
  });

  it('includes sub-folders in a deck but not folders that merely share a prefix', () => {
    expect(notesInScope(notes, { kind: 'deck', deck: 'ml' }).map((n) => n.id)).toEqual(['ml/a', 'ml/ops/b']);
  });

  it('selects one note or all', () => {
    expect(notesInScope(notes, { kind: 'note', noteId: 'mlx/c' }).map((n) => n.id)).toEqual(['mlx/c']);
    expect(notesInScope(notes, { kind: 'all' })).toHaveLength(4);
  });
});
