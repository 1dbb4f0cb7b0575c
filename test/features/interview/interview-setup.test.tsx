import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { db } from '../../../src/db';
import { renderApp } from '../../render-app';
import { BINARY_SEARCH, importNote } from './interview-helpers';

/** A note whose only cards are code drills, which an interviewer does not ask. */
const CODE_ONLY = `---
title: 코드만 있는 노트
---

# 코드만 있는 노트

## 3. 예시 (Example)

**Kubeflow Pipelines:**

\`\`\`python
from kfp import dsl
\`\`\`
`;

describe('interview setup', () => {
  it('offers the defaults: all notes, 5 questions, 2 minutes, typed', async () => {
    await renderApp('/interview');
    expect(await screen.findByRole('heading', { level: 1, name: '모의 면접' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: '출제 범위' })).toHaveValue('all');
    expect(screen.getByLabelText('질문 수')).toHaveValue(5);
    expect(screen.getByLabelText('질문당 시간')).toHaveValue('2');
    expect(screen.getByRole('radio', { name: '타이핑' })).toBeChecked();
  });

  it('starts from a note link with that note preselected and opens its first question', async () => {
    const { router } = await renderApp(`/interview?note=${encodeURIComponent(BINARY_SEARCH)}`);
    expect(await screen.findByRole('combobox', { name: '노트' })).toHaveValue(BINARY_SEARCH);
    await userEvent.click(screen.getByRole('button', { name: '면접 시작' }));
    // Its two interview questions and its 핵심 개념.
    expect(await screen.findByText('질문 1 / 3')).toBeInTheDocument();
    expect(router.state.location.pathname).toMatch(/^\/interview\/session\/\d+$/);
    expect(await db.interviewSessions.count()).toBe(1);
  });

  it('says why instead of starting when no question is eligible', async () => {
    await renderApp('/interview?deck=no-such-deck');
    await userEvent.click(await screen.findByRole('button', { name: '면접 시작' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '선택한 범위에 해당하는 노트가 없어 면접을 시작할 수 없습니다',
    );
    expect(await db.interviewSessions.count()).toBe(0);
  });

  it('offers no note whose cards are all code examples', async () => {
    await renderApp('/interview');
    await importNote('tools/code-only.md', CODE_ONLY);
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: '출제 범위' }), 'note');
    const notes = screen.getByRole('combobox', { name: '노트' });
    expect(within(notes).getByRole('option', { name: '이진 탐색 (Binary Search)' })).toBeInTheDocument();
    expect(within(notes).queryByRole('option', { name: '코드만 있는 노트' })).not.toBeInTheDocument();
  });

  it('says why a link to a note of code examples alone cannot start an interview', async () => {
    await renderApp('/interview?note=tools/code-only');
    await importNote('tools/code-only.md', CODE_ONLY);
    await userEvent.click(await screen.findByRole('button', { name: '면접 시작' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '면접에서 물을 카드(면접 질문, 비교 표, 핵심 개념)가 없어',
    );
  });

  it('refuses a question count outside 1–50', async () => {
    await renderApp('/interview');
    const count = await screen.findByLabelText('질문 수');
    await userEvent.clear(count);
    await userEvent.type(count, '0');
    await userEvent.click(screen.getByRole('button', { name: '면접 시작' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('질문 수는 1에서 50 사이의 정수로 입력하세요.');
  });

  it('is reachable from a deck row on the home page and from a note page', async () => {
    await renderApp('/');
    expect(await screen.findByRole('link', { name: 'algorithms 모의 면접' })).toHaveAttribute(
      'href',
      '/interview?deck=algorithms',
    );
    await renderApp(`/notes/${BINARY_SEARCH}`);
    expect(await screen.findByRole('link', { name: '모의 면접' })).toHaveAttribute(
      'href',
      `/interview?note=${encodeURIComponent(BINARY_SEARCH)}`,
    );
  });
});
