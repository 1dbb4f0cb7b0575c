/**
 * Search at 5,000 notes of about 8 KB each (invented Korean and English
 * text): index build time, rough memory, and the median time per keystroke
 * while typing "쿠버네티스 파이프라인" jamo by jamo through every state the
 * IME shows (ㅋ, 쿠, 쿱, 쿠버, …), plus initial-consonant, spacing-free and
 * English queries. Budget: under 50 ms per keystroke.
 */
import { assemble, disassemble } from 'es-hangul';
import { buildSearchIndex, parseNote, search, searchDocumentOf, type SearchDocument } from '../src/core/index';

const NOTES = 5_000;
const NOTE_BYTES = 8 * 1024;

const KOREAN = [
  '쿠버네티스',
  '파이프라인',
  '관리형 서비스',
  '서비스',
  '모델',
  '배포',
  '지연 시간',
  '처리량',
  '캐시',
  '일관성',
  '데이터',
  '피처',
  '학습',
  '추론',
  '분산',
  '오토스케일링',
  '모니터링',
  '드리프트',
  '재현성',
  '실험',
  '레지스트리',
  '버전',
  '클러스터',
  '노드',
  '스케줄러',
  '트랜잭션',
  '인덱스',
  '정규화',
  '그래디언트',
  '손실 함수',
];
const PARTICLES = ['은', '는', '이', '가', '을', '를', '와', '과', '에서', '으로', '의'];
const ENDINGS = ['합니다.', '입니다.', '할 수 있습니다.', '이 중요합니다.', '을 고려해야 합니다.', '가 필요합니다.'];
const ENGLISH = [
  'Kubeflow',
  'SageMaker',
  'Vertex AI',
  'latency',
  'throughput',
  'GPU',
  'batch',
  'Transformer',
  'embedding',
];

/** A small deterministic generator (mulberry32), so every run indexes the same text. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(next: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const words: string[] = [];
  for (let count = 3 + Math.floor(next() * 6); count > 0; count -= 1) {
    words.push(next() < 0.2 ? `**${pick(ENGLISH)}**` : pick(KOREAN) + pick(PARTICLES));
  }
  return `${words.join(' ')} ${pick(ENDINGS)}`;
}

function syntheticNote(index: number): string {
  const next = random(index + 1);
  const lines = [
    '---',
    `title: '합성 노트 ${index}: ${KOREAN[index % KOREAN.length]}와 ${ENGLISH[index % ENGLISH.length]}'`,
    `tags: [${ENGLISH[index % ENGLISH.length]}, 벤치마크]`,
    '---',
    '',
    `# 합성 노트 ${index}`,
    '',
    '## 1. 핵심 개념 (Core Concept)',
    '',
  ];
  let bytes = 0;
  let section = 2;
  while (bytes < NOTE_BYTES * 0.75) {
    const paragraph = Array.from({ length: 4 }, () => sentence(next)).join(' ');
    lines.push(paragraph, '');
    bytes += Buffer.byteLength(paragraph);
    if (next() < 0.3) lines.push(`## ${section++}. ${sentence(next).slice(0, 30)}`, '');
  }
  lines.push('## 4. 예상 면접 질문 (Potential Interview Questions)', '');
  while (bytes < NOTE_BYTES) {
    const question = `- **Q. ${sentence(next).replace(/[.*]/g, '')} 이유는 무엇인가요?**`;
    const answer = `  - **A.** ${sentence(next)} ${sentence(next)}`;
    lines.push(question, answer);
    bytes += Buffer.byteLength(question) + Buffer.byteLength(answer);
  }
  return lines.join('\n');
}

/** Every state the IME shows while `text` is typed one jamo at a time. */
function typedStates(text: string): string[] {
  const jamo = [...disassemble(text)];
  return jamo.map((_, end) => assemble(jamo.slice(0, end + 1)));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function timeQuery(index: ReturnType<typeof buildSearchIndex>, query: string): number {
  const times: number[] = [];
  for (let round = 0; round < 5; round += 1) {
    const start = performance.now();
    search(index, query);
    times.push(performance.now() - start);
  }
  return median(times);
}

export function benchSearch(): void {
  const texts = Array.from({ length: NOTES }, (_, index) => syntheticNote(index));
  const megabytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1024 / 1024;
  let start = performance.now();
  const documents: SearchDocument[] = texts.map((text, index) => searchDocumentOf(`bench/${index}`, parseNote(text)));
  const documentsMs = performance.now() - start;

  start = performance.now();
  const index = buildSearchIndex(documents);
  const buildMs = performance.now() - start;
  // The folded text columns dominate the index; a heap delta would mostly measure when the GC ran.
  const textMegabytes =
    index.columns.reduce((sum, column) => sum + (column.plain.length + column.choseong.length) * 2, 0) / 1024 / 1024;

  const typed = typedStates('쿠버네티스 파이프라인');
  const typedTimes = typed.map((query) => timeQuery(index, query));
  console.log(`search: ${NOTES.toLocaleString('en')} notes, ${megabytes.toFixed(1)} MB of markdown`);
  console.log(`  documents from markdown (build time): ${documentsMs.toFixed(0)} ms`);
  console.log(
    `  index build (in the browser):          ${buildMs.toFixed(0)} ms, ${textMegabytes.toFixed(0)} MB of folded text`,
  );
  console.log(
    `  typing "쿠버네티스 파이프라인" (${typed.length} keystrokes): median ${median(typedTimes).toFixed(1)} ms, worst ${Math.max(...typedTimes).toFixed(1)} ms per keystroke (budget 50 ms)`,
  );
  for (const query of ['ㅋㅂㄴㅌㅅ', '관리형서비스', 'kubeflow', 'Transformer']) {
    console.log(`  "${query}": ${timeQuery(index, query).toFixed(1)} ms, ${search(index, query).length} hits shown`);
  }
}
