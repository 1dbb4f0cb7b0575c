import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../render-app';

describe('studying table cards', () => {
  it('shows the whole table with the asked cell marked once the answer is revealed', async () => {
    await renderApp('/study?note=reader/rich-note&kind=table');
    expect(await screen.findByText('첫째 열 — 관리?')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /정답 보기/ }));
    const answer = await screen.findByRole('region', { name: '모범 답안' });
    const table = within(answer).getByRole('table');
    const asked = table.querySelectorAll('.asked-cell');
    expect([...asked].map((cell) => cell.textContent)).toEqual(['직접 관리']);
    expect(within(table).getAllByRole('cell')).toHaveLength(5 + 1);
    expect(within(answer).getByText('표에서 보기: 첫째 열 · 관리')).toBeInTheDocument();
  });

  it('says which kinds a session studies in its title', async () => {
    await renderApp('/study?note=reader/rich-note&kind=table,code');
    expect(
      await screen.findByRole('heading', { level: 1, name: '렌더링 점검 노트 공부 · 표, 코드' }),
    ).toBeInTheDocument();
  });
});
