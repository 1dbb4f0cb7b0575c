import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { prepareImport } from '../../../src/core';
import { db, importIntoLibrary } from '../../../src/db';
import { renderApp } from '../../render-app';

const NOTE = new TextEncoder().encode(
  '---\ntitle: 교착 상태\n---\n\n# 교착 상태\n\n## 예상 면접 질문\n\n- **Q. 교착 상태의 네 조건은?**\n  - **A.** **상호 배제** 등.\n',
);

async function importDeadlock(): Promise<void> {
  const prepared = prepareImport([{ path: 'os/deadlock.md', kind: 'note', bytes: NOTE }], {
    noteIds: new Set(),
    images: new Set(),
  });
  await importIntoLibrary(db, { ...prepared, now: Date.now() });
}

describe('the library page', () => {
  it('lists an imported note, which joins the decks on the home page', async () => {
    const { router } = await renderApp('/library');
    expect(await screen.findByText('아직 가져온 노트가 없습니다.')).toBeInTheDocument();
    await importDeadlock();
    const imported = screen.getByRole('region', { name: '가져온 노트' });
    expect(await within(imported).findByRole('link', { name: '교착 상태' })).toHaveAttribute(
      'href',
      '/notes/os/deadlock',
    );
    await router.navigate('/');
    const row = await screen.findByRole('row', { name: /os/ });
    expect(within(row).getByRole('link', { name: 'os 공부하기' })).toBeInTheDocument();
  });

  it('turns a deck’s built-in notes off and on again: they leave the home page and come back', async () => {
    const { router } = await renderApp('/library');
    const box = await screen.findByRole('checkbox', { name: /algorithms 덱의 기본 노트 \d+개 보이기/ });
    expect(box).toBeChecked();
    await userEvent.click(box);
    await waitFor(async () => expect((await db.settings.get('hiddenDecks'))?.value).toEqual(['bundled:algorithms']));
    await router.navigate('/');
    await screen.findByRole('heading', { level: 1 });
    await waitFor(() => expect(screen.queryByRole('row', { name: /algorithms/ })).not.toBeInTheDocument());
    // A link to one of its notes says the deck is off, and where to turn it on.
    await router.navigate('/notes/algorithms/binary-search');
    expect(await screen.findByText(/꺼 둔 덱에 있습니다/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '덱 켜고 끄기로 가기' })).toHaveAttribute('href', '/library');
    await router.navigate('/library');
    await userEvent.click(await screen.findByRole('checkbox', { name: /algorithms 덱의 기본 노트/ }));
    await router.navigate('/');
    expect(await screen.findByRole('row', { name: /algorithms/ })).toBeInTheDocument();
  });
});
