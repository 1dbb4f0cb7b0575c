import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseNote } from '../../../src/core/index';
import type { WarningCode } from '../../../src/core/index';

/** Input → expected questions, for every question and answer shape the parser accepts. */
interface Case {
  file: string;
  questions: { question: string; answer: string; keywords?: string[] }[];
  warnings?: WarningCode[];
}

const cases: Case[] = [
  {
    file: 'list-q-labels.md',
    questions: [
      { question: '해시 테이블의 평균 조회 시간은?', answer: '상수 시간입니다.' },
      {
        question: '충돌은 어떻게 해결하나요?',
        answer: '**체이닝**이나 **개방 주소법**을 씁니다.',
        keywords: ['체이닝', '개방 주소법'],
      },
      { question: '적재율이란?', answer: '채워진 슬롯의 비율입니다.' },
      { question: '리해싱은 언제 하나요?', answer: '적재율이 임계값을 넘을 때입니다.' },
      { question: '파이썬 딕셔너리는 순서를 보장하나요?', answer: '3.7부터 삽입 순서를 보장합니다.' },
      { question: '탭으로 들여쓴 항목도 읽나요?', answer: '네, 탭도 들여쓰기입니다.' },
      { question: '레이블만 굵게 쓴 질문인가요?', answer: '네, **레이블만** 굵습니다.', keywords: ['레이블만'] },
    ],
  },
  {
    file: 'heading-questions.md',
    questions: [
      {
        question: '캐시 무효화가 어려운 이유는 무엇인가요?',
        answer: [
          '데이터의 **원본과 사본이 어긋나는 순간**을 정확히 알기 어렵기 때문입니다.',
          '',
          '**\\[추가 설명\\]**',
          '',
          '- 쓰기 경로가 여러 개이면 누락이 생깁니다.',
          '- TTL은 최악의 경우를 제한합니다.',
          '',
          '| 전략 | 장점 |',
          '| --- | --- |',
          '| Write-through | 일관성 |',
        ].join('\n'),
        keywords: ['원본과 사본이 어긋나는 순간'],
      },
      {
        question: 'LRU를 구현해 보세요.',
        answer: [
          '해시 맵과 이중 연결 리스트를 함께 씁니다.',
          '',
          '```python',
          'from collections import OrderedDict',
          '# - **Q. 코드 안의 질문은 무시됩니다**',
          '```',
          '',
          '#### 복잡도',
          '',
          '조회와 갱신 모두 $O(1)$ 입니다.',
        ].join('\n'),
        keywords: [],
      },
      {
        question: 'Cache stampede를 어떻게 막나요?',
        answer: 'Use **request coalescing** or probabilistic early expiration.',
        keywords: ['request coalescing'],
      },
    ],
  },
  {
    file: 'unlabelled-numbered.md',
    questions: [
      {
        question: 'What is the difference between a process and a thread?',
        answer: 'A process owns its address space; threads **share memory** inside one process.',
      },
      {
        question: 'Why is context switching between processes costly?',
        answer: 'Switching address spaces flushes the **TLB**.\n\n- Cache warmth is lost.',
        keywords: ['TLB'],
      },
    ],
  },
  {
    file: 'unlabelled-plain.md',
    questions: [
      { question: '트랜잭션 격리 수준이 필요한 이유는?', answer: '' },
      { question: '팬텀 리드는 어떤 수준에서 막히나요?', answer: '' },
      { question: 'MVCC의 장단점은?', answer: '' },
    ],
    warnings: ['question-without-answer', 'question-without-answer', 'question-without-answer'],
  },
  {
    file: 'hard-break.md',
    questions: [
      { question: '백슬래시로 줄을 바꾼 질문인가요?', answer: '네, 다음 줄의 **A 레이블**부터 답입니다.' },
      { question: '공백 두 칸으로 줄을 바꾼 질문인가요?', answer: '그렇습니다.' },
    ],
  },
  {
    file: 'paragraph-qa.md',
    questions: [
      { question: 'What does CAP stand for?', answer: 'Consistency, availability and **partition tolerance**.' },
      { question: 'Can a system be both CP and AP?', answer: 'Not during a partition.' },
      {
        question: 'Which one does a bank ledger choose?',
        answer: 'It usually chooses **consistency**.\n\nIt may refuse writes during a partition.',
      },
    ],
  },
  {
    file: 'answer-outside-item.md',
    questions: [
      { question: '답이 목록 밖에 있는 질문인가요?', answer: '네, 들여쓰지 않은 **A 문단**입니다.' },
      { question: '형제 항목으로 답한 질문인가요?', answer: '네, 같은 깊이의 항목입니다.' },
      { question: '답이 없는 질문인가요?', answer: '' },
    ],
    warnings: ['question-without-answer'],
  },
  {
    file: 'not-questions.md',
    questions: [
      {
        question: '유일한 진짜 질문은 무엇인가요?',
        answer:
          '이것입니다. `**코드 속 굵게**`와 \\*\\*이스케이프\\*\\*는 키워드가 아닙니다.\n\n```\n- **Q. 들여쓴 펜스 안의 질문**\n```',
        keywords: [],
      },
    ],
  },
  {
    file: 'nested-answer.md',
    questions: [
      {
        question: 'B-트리와 B+트리의 차이는 무엇인가요?',
        answer: [
          '리프에만 데이터를 두는지가 핵심입니다.',
          '- B+트리는 **리프 연결 리스트**로 범위 검색이 빠릅니다.',
          '- 내부 노드가 작아 **팬아웃**이 큽니다.',
          '',
          '$$',
          'h \\approx \\log_{f} N',
          '$$',
          '- 보충: 대부분의 RDBMS가 B+트리를 씁니다.',
        ].join('\n'),
        keywords: ['리프 연결 리스트', '팬아웃'],
      },
    ],
  },
  {
    file: 'damaged-heading.md',
    questions: [{ question: '한국어가 깨져도 영어 별칭으로 찾나요?', answer: '네, Interview가 남아 있으면 찾습니다.' }],
  },
  {
    file: 'deep-interview-heading.md',
    questions: [{ question: 'Is a level-3 interview heading found?', answer: 'Yes, at any level.' }],
  },
  {
    file: 'same-level-questions.md',
    questions: [
      { question: '섹션과 같은 깊이의 질문도 읽나요?', answer: '네, 질문 제목은 섹션을 끝내지 않습니다.' },
      { question: '두 번째 질문은?', answer: '두 번째 답입니다.' },
    ],
  },
  {
    file: 'setext-heading.md',
    questions: [{ question: 'Is a setext heading recognised?', answer: 'Yes.' }],
  },
  {
    file: 'english-labelled.md',
    questions: [
      {
        question: 'Why do databases prefer B+ trees over binary search trees?',
        answer: 'Each node holds many keys, so the tree is **shallow** and each level costs **one disk page**.',
        keywords: ['shallow', 'one disk page'],
      },
      { question: 'What happens on a page split?', answer: 'The page is divided in two and the middle key moves up.' },
    ],
  },
  { file: 'no-interview.md', questions: [], warnings: ['no-interview-section'] },
  { file: 'no-question.md', questions: [], warnings: ['no-question-recognised'] },
];

const read = (file: string) =>
  readFileSync(fileURLToPath(new URL(`../fixtures/notes/${file}`, import.meta.url)), 'utf8');

describe('interview questions, shape by shape', () => {
  it.each(cases)('$file', ({ file, questions, warnings = [] }) => {
    const note = parseNote(read(file), { fileName: file.replace(/\.md$/, '') });
    expect(note.questions.map(({ question, answer }) => ({ question, answer }))).toEqual(
      questions.map(({ question, answer }) => ({ question, answer })),
    );
    questions.forEach((expected, index) => {
      if (expected.keywords) expect(note.questions[index]?.keywords).toEqual(expected.keywords);
    });
    expect(note.warnings.map((w) => w.code)).toEqual(warnings);
  });

  it('points warnings at the line of the question', () => {
    const note = parseNote(read('answer-outside-item.md'));
    expect(note.warnings[0]).toMatchObject({
      code: 'question-without-answer',
      line: 11,
      detail: '답이 없는 질문인가요?',
    });
  });
});
