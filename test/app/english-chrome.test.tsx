import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { allNotes } from '../../src/data/notes';
import { renderApp } from '../render-app';

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/;

/** Note titles also appear inside translated sentences ("Study 이진 탐색"); they are content, not chrome. */
const NOTE_TITLES = allNotes().map((note) => note.title);

/**
 * The app's own words and labels that are Korean, leaving out what the notes
 * say: note content is marked lang="ko" (so screen readers read it as Korean),
 * as are the brand 문답 and the language names; a warning's detail quotes the
 * note; and titles are the notes' own.
 */
function koreanChrome(root: HTMLElement): string[] {
  const copy = root.cloneNode(true) as HTMLElement;
  for (const element of copy.querySelectorAll('[lang]:not([lang="en"]), .warning-detail')) element.remove();
  const texts: string[] = [];
  const walker = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.textContent ?? '');
  for (const element of copy.querySelectorAll('*')) {
    for (const attribute of ['aria-label', 'title', 'placeholder', 'alt']) {
      const value = element.getAttribute(attribute);
      if (value) texts.push(`${attribute}="${value}"`);
    }
  }
  return texts
    .map((text) => NOTE_TITLES.reduce((rest, title) => rest.replaceAll(title, ''), text))
    .filter((text) => HANGUL.test(text));
}

const ROUTES = [
  '/',
  '/notes',
  '/notes/algorithms/binary-search',
  '/study?note=algorithms/binary-search',
  '/health',
  '/settings',
  '/interview',
  '/interview/history',
  '/quiz',
  '/no-such-page',
];

describe('the English interface', () => {
  for (const path of ROUTES) {
    it(`shows no Korean outside note content at ${path}`, async () => {
      await renderApp(path, { language: 'en' });
      await screen.findAllByRole('heading', { level: 1 });
      expect(koreanChrome(document.body)).toEqual([]);
    });
  }
});
