import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCards, buildNoteCards, cardId, parseNote, type Card, type CardKind } from '../../../src/core/index';

const SEED_ID = 'mlops/kubeflow-vertex-ai-sagemaker-pipelines';
const seed = parseNote(readFileSync(`content/${SEED_ID}.md`, 'utf8'));
const ofKind = (cards: Card[], kind: CardKind): Card[] => cards.filter((card) => card.kind === kind);

describe('cards of the seed note', () => {
  const cards = buildNoteCards(SEED_ID, seed);

  it('makes one table card per cell of the comparison table, front and back as in the table', () => {
    const table = ofKind(cards, 'table');
    expect(table).toHaveLength(18);
    const byFront = new Map(table.map((card) => [card.question, card.answer]));
    expect(byFront.get('SageMaker Pipelines — 관리 주체?')).toBe('Amazon Web Services');
    expect(byFront.get('Kubeflow Pipelines — 관리 주체?')).toBe('사용자 (직접 설치 및 운영)');
    expect(byFront.get('Vertex AI Pipelines — 기반 기술?')).toBe('Kubeflow 기반 (Google Cloud 관리형)');
    expect(byFront.get('Vertex AI Pipelines — 적합한 조직?')).toBe(
      'Google Cloud를 메인으로 사용하며, 빠르고 간편한 MLOps 환경을 원하는 조직',
    );
    const attributes = ['기반 기술', '관리 주체', '핵심 장점', '개발 경험', '주요 업데이트', '적합한 조직'];
    const systems = ['Kubeflow Pipelines', 'Vertex AI Pipelines', 'SageMaker Pipelines'];
    expect([...byFront.keys()].sort()).toEqual(
      systems.flatMap((system) => attributes.map((attribute) => `${system} — ${attribute}?`)).sort(),
    );
  });

  it('points each table card at its cell in the whole table', () => {
    const card = ofKind(cards, 'table').find((c) => c.question === 'SageMaker Pipelines — 관리 주체?');
    expect(card?.table).toMatchObject({ row: 1, column: 3 });
    expect(card?.table?.markdown.split('\n')).toHaveLength(8);
    expect(card?.line).toBe(28);
  });

  it('makes one concept card from the 핵심 개념 section', () => {
    const [concept, ...more] = ofKind(cards, 'concept');
    expect(more).toEqual([]);
    expect(concept?.question).toBe(`${seed.title} — 핵심 개념을 설명하세요`);
    expect(concept?.answer).toBe(seed.sections.find((s) => s.kind === 'concept')?.markdown);
  });

  it('makes a recognition card per labelled code example', () => {
    const code = ofKind(cards, 'code');
    expect(code.map((card) => card.answer)).toEqual([
      'Kubeflow Pipelines (kfp v2)',
      'Vertex AI Pipelines',
      'SageMaker Pipelines',
    ]);
    expect(code[2]?.question).toMatch(/^이 코드는 어떤 도구\/SDK의 예시인가요\?\n\n```python\nimport sagemaker/);
    expect(code[2]?.question.trimEnd().endsWith('```')).toBe(true);
  });

  it('keeps the qa cards exactly as before, first and in order', () => {
    expect(ofKind(cards, 'qa')).toEqual(buildCards(SEED_ID, seed));
    expect(cards.slice(0, buildCards(SEED_ID, seed).length).every((card) => card.kind === 'qa')).toBe(true);
  });

  it('gives every card an id of its note, kind and front', () => {
    const ids = cards.map((card) => card.id);
    expect(new Set(ids).size).toBe(ids.length);
    const managed = ofKind(cards, 'table').find((c) => c.question === 'SageMaker Pipelines — 관리 주체?');
    expect(managed?.id).toBe(cardId(SEED_ID, 'SageMaker Pipelines — 관리 주체?', 'table'));
    expect(managed?.id).not.toBe(cardId(SEED_ID, 'SageMaker Pipelines — 관리 주체?'));
  });
});

const note = (body: string): Card[] => buildNoteCards('n/x', parseNote(`# 노트\n\n${body}`));

describe('tables in notes of other shapes', () => {
  it('reads a transposed table (systems as rows) as the same facts', () => {
    const cards = note(`## 상세 설명

| 플랫폼 | 관리 주체 | 기반 기술 |
| --- | --- | --- |
| **SageMaker Pipelines** | Amazon Web Services | AWS 네이티브 |
| Kubeflow Pipelines | 사용자 | 쿠버네티스 |
`);
    expect(cards.map((card) => [card.question, card.answer])).toEqual([
      ['SageMaker Pipelines — 관리 주체?', 'Amazon Web Services'],
      ['SageMaker Pipelines — 기반 기술?', 'AWS 네이티브'],
      ['Kubeflow Pipelines — 관리 주체?', '사용자'],
      ['Kubeflow Pipelines — 기반 기술?', '쿠버네티스'],
    ]);
  });

  it('makes no cards from a two-column glossary', () => {
    expect(
      note(`## 상세 설명\n\n| 용어 | 뜻 |\n| --- | --- |\n| 드리프트 | 분포 변화 |\n| 피처 | 입력 변수 |\n`),
    ).toEqual([]);
  });

  it('makes no cards from a table of figures or code', () => {
    expect(
      note(`## 상세 설명

| 모델 | 지연 시간 | 처리량 | 정확도 |
| --- | --- | --- | --- |
| A | 12 ms | 1,200 | 91.5% |
| B | ~30 ms | 800 | 93.1% |
`),
    ).toEqual([]);
    expect(
      note(`## 상세 설명

| 작업 | Kubeflow | SageMaker |
| --- | --- | --- |
| 실행 | \`kfp run\` | \`pipeline.start()\` |
| 정의 | \`@dsl.pipeline\` | \`Pipeline(steps=[])\` |
`),
    ).toEqual([]);
  });

  it('leaves a table inside an interview answer to its qa card', () => {
    const cards = note(`## 예상 면접 질문

- **Q. 세 도구의 관리 주체는?**
  - **A.** 아래와 같습니다.

    | 구분 | Kubeflow | SageMaker |
    | --- | --- | --- |
    | 관리 주체 | 사용자 | AWS |
`);
    expect(cards.map((card) => card.kind)).toEqual(['qa']);
    expect(cards[0]?.answer).toContain('| 관리 주체 | 사용자 | AWS |');
  });

  it('merges identical fronts and skips empty cells', () => {
    const cards = note(`## 상세 설명

| 구분 | A | B |
| --- | --- | --- |
| 장점 | 빠름 |  |
| 장점 | 단순함 | 유연함 |
`);
    expect(cards.map((card) => [card.question, card.answer])).toEqual([
      ['A — 장점?', '빠름 / 단순함'],
      ['B — 장점?', '유연함'],
    ]);
  });
});

describe('code examples', () => {
  it('needs a bold label right before the fence, in the example section', () => {
    const cards = note(`## 예시

**MLflow:**

\`\`\`python
mlflow.log_metric("auc", 0.91)
\`\`\`

설명 문단.

\`\`\`python
print("unlabelled")
\`\`\`

## 상세 설명

**W&B:**

\`\`\`python
wandb.log({"auc": 0.91})
\`\`\`
`);
    expect(cards.map((card) => [card.kind, card.answer])).toEqual([['code', 'MLflow']]);
  });
});

describe('which way a table reads', () => {
  it('takes the rows as the systems when the header names attributes, whatever the corner says', () => {
    const cards = note(`## 상세 설명

| 구분 | 변하는 것 | 주요 탐지 방법 |
| --- | --- | --- |
| 데이터 드리프트 | 입력 분포 | PSI, KS 검정 |
| 컨셉 드리프트 | 입력과 정답의 관계 | 성능 모니터링 |
`);
    expect(cards.map((card) => card.question)).toEqual([
      '데이터 드리프트 — 변하는 것?',
      '데이터 드리프트 — 주요 탐지 방법?',
      '컨셉 드리프트 — 변하는 것?',
      '컨셉 드리프트 — 주요 탐지 방법?',
    ]);
  });

  it('asks a label written as a question once', () => {
    const cards = note(`## 상세 설명

| 방법 | 무엇을 가르치는가? | 비용 |
| --- | --- | --- |
| SFT | 형식 | 낮음 |
| RLHF | 선호 | 높음 |
`);
    expect(cards[0]?.question).toBe('SFT — 무엇을 가르치는가?');
  });

  it('joins a second table’s cell for the same front into one card', () => {
    const cards = note(`## 상세 설명

| 구분 | Airflow | Prefect |
| --- | --- | --- |
| 관리 주체 | 사용자 | 사용자 |

| 도구 | 관리 주체 | 가격 |
| --- | --- | --- |
| Airflow | 커뮤니티 | 무료 |
| Prefect | Prefect 사 | 유료 |
`);
    const byFront = new Map(cards.map((card) => [card.question, card.answer]));
    expect(byFront.get('Airflow — 관리 주체?')).toBe('사용자 / 커뮤니티');
    expect(byFront.get('Prefect — 가격?')).toBe('유료');
  });
});
