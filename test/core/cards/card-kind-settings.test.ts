import { describe, expect, it } from 'vitest';
import {
  ALL_KINDS,
  countKinds,
  kindChoiceOwner,
  kindsForDeck,
  QUESTIONS_ONLY,
  readCardKindSettings,
} from '../../../src/core/index';

describe('card kind settings', () => {
  it('gives a new learner every kind', () => {
    expect(readCardKindSettings(undefined)).toEqual({ kinds: ALL_KINDS, decks: {} });
    expect(kindsForDeck(readCardKindSettings(undefined), 'mlops')).toEqual(ALL_KINDS);
  });

  it('lets a deck follow its nearest parent with a choice of its own, then the global choice', () => {
    const settings = readCardKindSettings(QUESTIONS_ONLY, [['mlops', ALL_KINDS]]);
    expect(kindsForDeck(settings, 'mlops/serving/batching')).toEqual(ALL_KINDS);
    expect(kindChoiceOwner(settings, 'mlops/serving')).toBe('mlops');
    expect(kindsForDeck(settings, 'os')).toEqual(QUESTIONS_ONLY);
    expect(kindChoiceOwner(settings, 'os')).toBeNull();
    // A removed choice (null) follows the parent again.
    const removed = readCardKindSettings(QUESTIONS_ONLY, [['mlops', null]]);
    expect(kindsForDeck(removed, 'mlops/serving')).toEqual(QUESTIONS_ONLY);
  });

  it('reads a partial or damaged stored value over the defaults', () => {
    const read = readCardKindSettings({ table: false, code: 'yes' }, [
      ['ml', { qa: false }],
      ['os', 3],
    ]);
    expect(read.kinds).toEqual({ ...ALL_KINDS, table: false });
    // A deck's partial choice fills in from the global one.
    expect(read.decks.ml).toEqual({ ...ALL_KINDS, table: false, qa: false });
    expect(read.decks.os).toBeUndefined();
    expect(readCardKindSettings('nonsense')).toEqual({ kinds: ALL_KINDS, decks: {} });
  });

  it('counts cards per kind', () => {
    expect(countKinds([{ kind: 'qa' }, { kind: 'table' }, { kind: 'table' }])).toEqual({
      qa: 1,
      table: 2,
      concept: 0,
      code: 0,
    });
  });
});
