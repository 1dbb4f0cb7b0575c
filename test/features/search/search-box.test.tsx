import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../render-app';

const BINARY_SEARCH = '/notes/algorithms/binary-search';

async function openSearch() {
  const app = await renderApp('/');
  await screen.findByRole('heading', { level: 1 });
  fireEvent.keyDown(document.body, { key: '/' });
  const box = screen.getByRole('combobox', { name: '노트 검색' });
  expect(box).toHaveFocus();
  return { ...app, box };
}

/** The search's own listbox (a page may have other options, e.g. in a select). */
function results() {
  return within(screen.getByRole('listbox', { name: '검색 결과', hidden: true }));
}

function type(box: HTMLElement, value: string): void {
  fireEvent.change(box, { target: { value } });
}

describe('search box', () => {
  it('finds a note by its initial consonants and opens it with Enter', async () => {
    const { box, router } = await openSearch();
    type(box, 'ㅇㅈㅌㅅ');
    const option = await results().findByRole('option', { name: /^이진 탐색 \(Binary Search\)/ });
    expect(within(option).getByText('이진 탐색', { selector: 'mark' })).toBeInTheDocument();
    expect(box).toHaveAttribute('aria-expanded', 'true');
    expect(box).toHaveAttribute('aria-activedescendant', option.id);
    fireEvent.keyDown(box, { key: 'Enter' });
    await waitFor(() => expect(router.state.location.pathname).toBe(BINARY_SEARCH));
    expect(box).toHaveValue('');
  });

  it('matches while a syllable is composed and never opens a result on the IME’s Enter', async () => {
    const { box, router } = await openSearch();
    fireEvent.compositionStart(box);
    type(box, '이진탐');
    type(box, '이진탐ㅅ');
    expect(await results().findByRole('option', { name: /^이진 탐색 \(Binary Search\)/ })).toBeInTheDocument();
    expect(box).toHaveValue('이진탐ㅅ');
    // The Enter that commits the syllable, as Chrome reports it and as Safari does.
    fireEvent.keyDown(box, { key: 'Enter', isComposing: true });
    fireEvent.keyDown(box, { key: 'Enter', keyCode: 229 });
    expect(router.state.location.pathname).toBe('/');
    type(box, '이진탐색');
    fireEvent.compositionEnd(box, { data: '색' });
    expect(box).toHaveValue('이진탐색');
    fireEvent.keyDown(box, { key: 'Enter' });
    await waitFor(() => expect(router.state.location.pathname).toBe(BINARY_SEARCH));
  });

  it('moves through results with the arrow keys and closes with Escape', async () => {
    const { box } = await openSearch();
    type(box, '면접');
    const options = await results().findAllByRole('option');
    expect(options.length).toBeGreaterThanOrEqual(2);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    expect(box).toHaveAttribute('aria-activedescendant', options[1]?.id);
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    expect(options.at(-1)).toHaveAttribute('aria-selected', 'true');
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(box).toHaveAttribute('aria-expanded', 'false');
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(box).toHaveValue('');
  });

  it('says when nothing matches, in the chosen language', async () => {
    await renderApp('/', { language: 'en' });
    const box = await screen.findByRole('combobox', { name: 'Search notes' });
    act(() => box.focus());
    type(box, 'zzzz');
    expect(await screen.findByText('No notes match “zzzz”.')).toBeInTheDocument();
  });

  it('leaves `/` alone while the user types in another field or composes', async () => {
    const { box } = await openSearch();
    act(() => box.blur());
    fireEvent.keyDown(document.body, { key: '/', isComposing: true });
    expect(box).not.toHaveFocus();
    const other = document.createElement('input');
    document.body.append(other);
    act(() => other.focus());
    fireEvent.keyDown(other, { key: '/' });
    expect(other).toHaveFocus();
    other.remove();
  });
});
