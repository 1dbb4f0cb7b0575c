import { describe, expect, it } from 'vitest';
import { buildCards, cardId, noteIdFromPath, parseNote } from '../../../src/core/index';

describe('cardId', () => {
  it('is a short stable hash', () => {
    expect(cardId('os/deadlock', '교착 상태란?')).toMatch(/^c[0-9a-f]{16}$/);
    expect(cardId('os/deadlock', '교착 상태란?')).toBe(cardId('os/deadlock', '교착 상태란?'));
  });

  it('ignores whitespace layout and Unicode form', () => {
    const id = cardId('os/deadlock', '교착 상태란?');
    expect(cardId('os/deadlock', '  교착\n상태란?  ')).toBe(id);
    expect(cardId('os/deadlock', '교착\u00a0상태란?')).toBe(id);
    expect(cardId('os/deadlock'.normalize('NFD'), '교착 상태란?'.normalize('NFD'))).toBe(id);
  });

  it('differs across notes and questions', () => {
    expect(cardId('os/deadlock', '교착 상태란?')).not.toBe(cardId('os/other', '교착 상태란?'));
    expect(cardId('os/deadlock', '교착 상태란?')).not.toBe(cardId('os/deadlock', '기아 상태란?'));
  });
});

describe('noteIdFromPath', () => {
  it.each([
    ['mlops/kubeflow.md', 'mlops/kubeflow'],
    ['./a/b.MD', 'a/b'],
    ['a\\b\\c.md', 'a/b/c'],
    ['\u1112\u1161\u11ab/노트.md'.normalize('NFD'), '한/노트'],
  ])('%j → %j', (path, id) => {
    expect(noteIdFromPath(path)).toBe(id);
  });
});

describe('buildCards', () => {
  it('makes one qa card per question and merges identical questions', () => {
    const note = parseNote(
      '## 면접 질문\n\n- Q. 같은 질문?\n  - A. 하나.\n- Q. 같은   질문?\n  - A. 둘.\n- Q. 다른 질문?\n',
    );
    const cards = buildCards('n/x', note);
    expect(cards.map(({ kind, question, answer, line, noteId }) => ({ kind, question, answer, line, noteId }))).toEqual(
      [
        { kind: 'qa', question: '같은 질문?', answer: '하나.', line: 3, noteId: 'n/x' },
        { kind: 'qa', question: '다른 질문?', answer: '', line: 7, noteId: 'n/x' },
      ],
    );
  });
});
