import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileNote, siblingGroups, withoutNewSiblings } from '../../../src/core/index';

const SEED_PATH = 'mlops/kubeflow-vertex-ai-sagemaker-pipelines.md';
const seed = compileNote(SEED_PATH, readFileSync(`content/${SEED_PATH}`));
const ids = seed.cards.map((card) => card.id);
const tableIds = seed.cards.filter((card) => card.kind === 'table').map((card) => card.id);

describe('new siblings', () => {
  const groups = siblingGroups([seed]);

  it('groups the cells of one table, and nothing else', () => {
    expect(new Set(tableIds.map((id) => groups.get(id))).size).toBe(1);
    expect(seed.cards.filter((card) => card.kind !== 'table').every((card) => !groups.has(card.id))).toBe(true);
  });

  it('holds the other new cells back once one cell was introduced today', () => {
    const first = tableIds[0]!;
    const shown = withoutNewSiblings(ids, groups, new Set([first]), new Set([first]));
    expect(shown).toContain(first);
    expect(shown.filter((id) => tableIds.includes(id))).toEqual([first]);
    expect(shown).toHaveLength(ids.length - (tableIds.length - 1));
  });

  it('holds nothing back when no cell was introduced today, and never a cell already studied', () => {
    expect(withoutNewSiblings(ids, groups, new Set([ids[0]!]), new Set([ids[0]!]))).toEqual(ids);
    const studied = new Set([tableIds[1]!]);
    const shown = withoutNewSiblings(ids, groups, new Set([tableIds[0]!]), new Set([tableIds[0]!, ...studied]));
    expect(shown).toContain(tableIds[1]);
  });
});
