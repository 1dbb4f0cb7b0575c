import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileNote, markTableCell } from '../../../src/core/index';

const SEED_PATH = 'mlops/kubeflow-vertex-ai-sagemaker-pipelines.md';
const seed = compileNote(SEED_PATH, readFileSync(`content/${SEED_PATH}`));

describe('compiled table cards', () => {
  const tableCards = seed.cards.filter((card) => card.kind === 'table');

  it('renders the comparison table once for all its 18 cells', () => {
    expect(tableCards).toHaveLength(18);
    expect(seed.tables).toHaveLength(1);
    expect(tableCards.every((card) => card.table?.index === 0)).toBe(true);
    expect(JSON.stringify(tableCards)).not.toContain('<table');
  });

  it('names each cell so the asked one can be marked, with its column header and row label', () => {
    const card = tableCards.find((c) => c.question === 'SageMaker Pipelines — 관리 주체?');
    expect(card?.table).toEqual({ index: 0, row: 1, column: 3, system: 'SageMaker Pipelines', attribute: '관리 주체' });
    const marked = markTableCell(seed.tables[0] ?? '', card?.table?.row ?? -1, card?.table?.column ?? -1);
    const cellsWith = (className: string): string[] =>
      [...marked.matchAll(new RegExp(`<t[dh][^>]*class="${className}"[^>]*>(.*?)</t[dh]>`, 'g'))].map((m) => m[1] ?? '');
    expect(cellsWith('asked-cell')).toEqual(['Amazon Web Services']);
    expect(cellsWith('asked-axis')).toEqual(['SageMaker Pipelines', '<strong>관리 주체</strong>']);
    expect(marked.match(/<t[dh][ >]/g)).toHaveLength(4 * 7);
  });

  it('highlights the code of a code card and keeps its label as the answer', () => {
    const code = seed.cards.filter((card) => card.kind === 'code');
    expect(code.map((card) => card.answerHtml)).toEqual([
      '<p>Kubeflow Pipelines (kfp v2)</p>\n',
      '<p>Vertex AI Pipelines</p>\n',
      '<p>SageMaker Pipelines</p>\n',
    ]);
    expect(code[0]?.questionHtml).toContain('<span class="hljs-keyword">from</span>');
  });
});
