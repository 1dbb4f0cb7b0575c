import { describe, expect, it } from 'vitest';
import {
  ALL_KINDS,
  countKinds,
  kindChoiceOwner,
  kindsForDeck,
  QUESTIONS_ONLY,
  readCardKindSettings,
  withDeckKinds,
} from '../../../src/core/index';

describe('card kind settings', () => {
  it('gives a new learner every kind', () => {
    expect(readCardKindSettings(undefined)).toEqual({ kinds: ALL_KINDS, decks: {} });
    expect(kindsForDeck(readCardKindSettings(undefined), 'mlops')).toEqual(ALL_KINDS);
  });

  it('lets a deck follow its nearest parent with a choice of its own, then the global choice', () => {
    const settings = withDeckKinds({ kinds: QUESTIONS_ONLY, decks: {} }, 'mlops', ALL_KINDS);
    expect(kindsForDeck(settings, 'mlops/serving/batching')).toEqual(ALL_KINDS);
    expect(kindChoiceOwner(settings, 'mlops/serving')).toBe('mlops');
    expect(kindsForDeck(settings, 'os')).toEqual(QUESTIONS_ONLY);
    expect(kindChoiceOwner(settings, 'os')).toBeNull();
    expect(kindsForDeck(withDeckKinds(settings, 'mlops', null), 'mlops/serving')).toEqual(QUESTIONS_ONLY);
  });

  it('reads a partial or damaged stored value over the defaults', () => {
    const read = readCardKindSettings({ kinds: { table: false, code: 'yes' }, decks: { ml: { qa: false }, os: 3 } });
    expect(read.kinds).toEqual({ ...ALL_KINDS, table: false });
    // A deck's partial choice fills in from the global one.
    expect(read.decks.ml).toEqual({ ...ALL_KINDS, table: false, qa: false });
    expect(read.decks.os).toEqual(read.kinds);
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
