import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../render-app';

describe('home page', () => {
  it('lists decks with their counts and a study link', async () => {
    await renderApp('/');
    const row = await screen.findByRole('row', { name: /algorithms/ });
    // Three interview questions and the concept card of binary search.
    expect(await within(row).findByText('4')).toHaveClass('count', 'new');
    expect(within(row).getByRole('link', { name: 'algorithms 공부하기' })).toHaveAttribute(
      'href',
      '/study?deck=algorithms',
    );
  });

  it('warns about a malformed note, links to the health view, and still loads the others', async () => {
    await renderApp('/');
    const warnings = await screen.findByRole('region', { name: '확인이 필요한 노트' });
    expect(within(warnings).getByText(/노트 2개에서 문제가 발견되었습니다/)).toBeInTheDocument();
    expect(within(warnings).getByRole('link', { name: '자세히 보기' })).toHaveAttribute('href', '/health');
    expect(screen.getByRole('link', { name: '이진 탐색 (Binary Search)' })).toBeInTheDocument();
  });
});
