/**
 * `npm run bench`: the parser's cost against markdown-it's own `parse` on the
 * shared corpus (budget: at most 1.5×), and the time for one synthetic note
 * of 2,000 questions (≈1 MB; budget: well under a second); then the due
 * queue, search and statistics figures (see bench-due-queue.ts, bench-search.ts and bench-stats.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import MarkdownIt from 'markdown-it';
import { buildCards, decodeNoteFile, parseNote } from '../src/core/index';
import { benchDueQueue } from './bench-due-queue';
import { benchSearch } from './bench-search';
import { benchStats } from './bench-stats';
import { DEFAULT_CORPUS } from './corpus-check';
import { listMarkdownFiles } from './lib/note-files';

const ROUNDS = 15;

/** Median wall time in milliseconds of `rounds` runs, after two warm-up runs for the JIT. */
function median(run: () => void, rounds = ROUNDS): number {
  run();
  run();
  const times: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

/** Invented filler in the notes' style: a bold question, an answer with bold key points and a list. */
export function syntheticNote(questions: number): string {
  const body: string[] = [
    '---',
    'title: 합성 벤치마크 노트',
    "date: '2025-01-01'",
    'tags: [bench]',
    'difficulty: medium',
    '---',
    '',
    '# 합성 노트',
    '',
  ];
  body.push(
    '## 1. 핵심 개념 (Core Concept)',
    '',
    '벤치마크용으로 생성한 문단입니다.',
    '',
    '## 4. 예상 면접 질문 (Potential Interview Questions)',
    '',
  );
  for (let index = 1; index <= questions; index += 1) {
    body.push(
      `- **Q. 합성 질문 ${index}번: 캐시 무효화 전략 ${index}과 일관성 모델의 관계는 무엇인가요?**`,
      `  - **A.** 합성 답변 ${index}입니다. **쓰기 후 무효화**와 **만료 시간 기반 정책**을 함께 쓰면 오래된 데이터를 줄일 수 있고, 읽기 비율이 높은 워크로드에서는 **지연 시간**과 **정합성** 사이의 균형을 조정합니다. 분산 환경에서는 이벤트 순서와 재시도 정책도 고려해야 합니다.`,
      '    - 첫째, 변경 이벤트를 발행해 관련 키를 지웁니다.',
      '    - 둘째, 짧은 TTL로 최악의 경우를 제한합니다.',
    );
  }
  body.push('', '## 5. 더 읽어보기 (Further Reading)', '', '- [예시 링크](https://example.com)');
  return body.join('\n');
}

async function main(): Promise<void> {
  const big = syntheticNote(2000);
  let bigQuestions = 0;
  const bigMs = median(() => {
    bigQuestions = buildCards('bench/synthetic', parseNote(big)).length;
  }, 5);
  console.log(
    `synthetic note: ${bigQuestions} questions, ${(Buffer.byteLength(big) / 1024 / 1024).toFixed(2)} MB, parseNote + buildCards ${bigMs.toFixed(1)} ms`,
  );

  await benchDueQueue();
  benchSearch();
  benchStats();

  if (!existsSync(DEFAULT_CORPUS)) {
    console.log(`corpus comparison skipped: no corpus at ${DEFAULT_CORPUS}`);
    return;
  }
  const texts = listMarkdownFiles(DEFAULT_CORPUS).flatMap((file) => {
    const decoded = decodeNoteFile(readFileSync(file));
    return 'text' in decoded ? [decoded.text] : [];
  });
  const markdown = new MarkdownIt({ html: false, linkify: true });
  const markdownItMs = median(() => texts.forEach((text) => markdown.parse(text, {})));
  const parseNoteMs = median(() => texts.forEach((text) => parseNote(text)));
  const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  console.log(`corpus: ${texts.length} notes, ${(bytes / 1024 / 1024).toFixed(2)} MB (median of ${ROUNDS} runs)`);
  console.log(`  markdown-it parse: ${markdownItMs.toFixed(1)} ms`);
  console.log(`  parseNote:         ${parseNoteMs.toFixed(1)} ms`);
  console.log(`  ratio:             ${(parseNoteMs / markdownItMs).toFixed(2)}× (budget 1.5×)`);
}

await main();
