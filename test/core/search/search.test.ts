import { describe, expect, it } from 'vitest';
import {
  buildSearchIndex,
  parseNote,
  search,
  searchDocumentOf,
  type SearchDocument,
  type SearchHit,
} from '../../../src/core';

function note(id: string, fields: Partial<SearchDocument>): SearchDocument {
  return { id, title: id, tags: [], headings: [], questions: [], answers: [], body: [], ...fields };
}

const k8s = note('infra/k8s', {
  title: '쿠버네티스 오퍼레이터 패턴',
  tags: ['Kubernetes', '인프라'],
  headings: ['컨트롤 루프의 동작'],
  questions: ['오퍼레이터는 언제 직접 만들어야 하나요?'],
  answers: ['상태를 가진 시스템을 자동으로 운영해야 할 때 만듭니다.'],
  body: ['클라우드에서는 관리형 서비스를 먼저 검토하는 편이 일반적임.'],
});
const cache = note('backend/cache', {
  title: '캐시 무효화 전략',
  tags: ['Redis'],
  headings: ['쓰기 후 무효화'],
  questions: ['서비스 간 캐시 일관성은 어떻게 맞추나요?'],
  answers: ['이벤트를 발행해 관련 키를 지웁니다. 쿠버네티스 환경에서도 같습니다.'],
  body: ['TTL은 최악의 경우를 제한하는 안전장치임.'],
});
const serving = note('ml/serving', {
  title: '모델 서빙 아키텍처',
  tags: ['MLOps'],
  body: ['Batch 추론과 Online 추론을 비교함. 🚀 GPU 활용률이 핵심.'],
});
const index = buildSearchIndex([k8s, cache, serving]);
const ids = (hits: SearchHit[]): string[] => hits.map((hit) => hit.noteId);
const marked = (hit: SearchHit | undefined): string[] =>
  (hit?.snippet.highlights ?? []).map(({ start, end }) => hit?.snippet.text.slice(start, end) ?? '');

describe('search: Korean-aware matching', () => {
  it('matches a syllable that is still being composed', () => {
    // 쿠버네 is typed as 쿠 → 쿱 → 쿠버 → 쿠번 → 쿠버네: each state must keep the match.
    for (const typed of ['쿠', '쿱', '쿠버', '쿠번', '쿠버ㄴ', '쿠버네']) {
      expect(ids(search(index, typed)), typed).toContain('infra/k8s');
    }
    expect(marked(search(index, '쿠버ㄴ')[0])).toEqual(['쿠버네']);
  });

  it('lets a final consonant stand for the next syllable’s initial (섭 → 서비)', () => {
    const hit = search(index, '관리형섭').find((h) => h.noteId === 'infra/k8s');
    expect(marked(hit)).toEqual(['관리형 서비']);
  });

  it('finds words by their initial consonants', () => {
    expect(ids(search(index, 'ㅋㅂㄴㅌㅅ'))).toEqual(['infra/k8s', 'backend/cache']);
    expect(marked(search(index, 'ㅋㅂㄴㅌㅅ')[0])).toEqual(['쿠버네티스']);
    expect(ids(search(index, 'ㅁㄷㅅㅂ'))).toEqual(['ml/serving']);
  });

  it('ignores spacing in the text and in the query', () => {
    expect(ids(search(index, '관리형서비스'))).toEqual(['infra/k8s']);
    expect(marked(search(index, '관리형서비스')[0])).toEqual(['관리형 서비스']);
    expect(ids(search(index, '캐 시무효 화'))).toEqual(['backend/cache']);
  });

  it('ignores case in English', () => {
    expect(ids(search(index, 'kubernetes'))).toEqual(['infra/k8s']);
    expect(ids(search(index, 'BATCH'))).toEqual(['ml/serving']);
    expect(marked(search(index, 'redis')[0])).toEqual(['Redis']);
  });

  it('takes a query in NFD (as macOS may send it)', () => {
    expect(ids(search(index, '오퍼레이터'.normalize('NFD')))).toEqual(['infra/k8s']);
  });

  it('does not match what is not there', () => {
    expect(search(index, '쿠버네티스X')).toEqual([]);
    expect(search(index, '쿡')).toEqual([]);
    expect(search(index, 'ㅋㅂㄴㅌㅈ')).toEqual([]);
    expect(search(index, '관리형서비스가')).toEqual([]);
    expect(search(index, '   ')).toEqual([]);
    // A match never runs from one tag into the next.
    expect(search(index, 'kubernetes인프라')).toEqual([]);
  });

  it('never throws, whatever the query', () => {
    const queries = ['', '🚀', '\ud800', '\udc00쿠', '.*+?()[]{}|\\^$', 'ㅏ', 'x'.repeat(10_000), '쿠'.repeat(10_000)];
    for (const query of queries) expect(() => search(index, query)).not.toThrow();
    expect(ids(search(index, '🚀'))).toEqual(['ml/serving']);
  });
});

describe('search: ranking and snippets', () => {
  it('ranks by field: a title beats an answer', () => {
    const hits = search(index, '쿠버네티스');
    expect(ids(hits)).toEqual(['infra/k8s', 'backend/cache']);
    expect(hits.map((hit) => hit.field)).toEqual(['title', 'answers']);
  });

  it('ranks an exact title above a title that only contains the words', () => {
    const other = note('a/other', { title: '캐시 무효화 전략과 일관성 모델' });
    const hits = search(buildSearchIndex([other, cache]), '캐시 무효화 전략');
    expect(ids(hits)).toEqual(['backend/cache', 'a/other']);
  });

  it('gives one hit per note, however often it matches', () => {
    expect(search(index, '추론')).toHaveLength(1);
  });

  it('respects the limit', () => {
    expect(search(index, 'ㅋ', 1)).toHaveLength(1);
    expect(search(index, 'ㅋ', 0)).toEqual([]);
  });

  it('cuts a long text around the match and marks it', () => {
    const long = note('x/long', { body: ['가'.repeat(100) + ' 목표 단어 ' + '나'.repeat(100)] });
    const [hit] = search(buildSearchIndex([long]), '목표단어');
    expect(hit?.snippet.text.startsWith('…')).toBe(true);
    expect(hit?.snippet.text.endsWith('…')).toBe(true);
    expect(marked(hit)).toEqual(['목표 단어']);
    expect(hit?.snippet.text.length).toBeLessThan(100);
  });

  it('never cuts an emoji in half', () => {
    const emoji = note('x/emoji', { body: ['😀'.repeat(30) + '찾는말' + '😀'.repeat(30)] });
    const [hit] = search(buildSearchIndex([emoji]), '찾는말');
    expect(hit?.snippet.text).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  });
});

describe('search documents and the index', () => {
  const parsed = parseNote(
    [
      '---',
      'title: 로드 밸런서',
      'tags: [Network]',
      '---',
      '# 로드 밸런서',
      '',
      '## 1. 핵심 개념',
      '',
      '**L4**와 [L7](https://example.com/l7) 방식이 있음.',
      '',
      '```sh',
      'kubectl get svc',
      '```',
      '',
      '## 4. 예상 면접 질문',
      '',
      '- **Q. `L4`와 L7의 차이는?**',
      '  - **A.** L7은 **HTTP 헤더**를 봅니다.',
    ].join('\n'),
  );
  const document = searchDocumentOf('net/lb', parsed);

  it('keeps the words and drops the markdown', () => {
    expect(document.title).toBe('로드 밸런서');
    expect(document.tags).toEqual(['Network']);
    expect(document.headings).toEqual(['1. 핵심 개념', '4. 예상 면접 질문']);
    expect(document.questions).toEqual(['L4와 L7의 차이는?']);
    expect(document.answers).toEqual(['L7은 HTTP 헤더를 봅니다.']);
    expect(document.body).toContain('L4와 L7 방식이 있음.');
    expect(document.body).toContain('kubectl get svc');
    expect(document.body.join(' ')).not.toMatch(/\*\*|example\.com|```/);
  });
});

describe('search: several words', () => {
  it('finds notes holding every word, in any order and apart', () => {
    expect(ids(search(index, '오퍼레이터 자동'))).toEqual(['infra/k8s']);
    expect(ids(search(index, '자동 오퍼레이터'))).toEqual(['infra/k8s']);
    expect(ids(search(index, 'GPU batch'))).toEqual(['ml/serving']);
  });

  it('needs every word: one word missing leaves the note out', () => {
    expect(ids(search(index, '오퍼레이터 Redis'))).toEqual([]);
  });

  it('ranks words found together as typed above the same words found apart in the same field', () => {
    const together = note('a/together', { body: ['캐시 일관성 문제를 다룸.'] });
    const apart = note('b/apart', { body: ['캐시 설정과 데이터 일관성 모델을 비교함.'] });
    expect(ids(search(buildSearchIndex([apart, together]), '캐시 일관성'))).toEqual(['a/together', 'b/apart']);
  });

  it('still lets the last word be an unfinished syllable', () => {
    expect(ids(search(index, '오퍼레이터 자ㄷ'))).toEqual(['infra/k8s']);
  });
});
