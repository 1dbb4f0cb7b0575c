import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { db } from '../../../src/db';
import { renderApp } from '../../render-app';
import { BINARY_SEARCH } from './interview-helpers';

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
    expect(await screen.findByText('질문 1 / 2')).toBeInTheDocument();
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
