import { useEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { LIBRARY_IMAGE_ATTRIBUTE } from '../core';
import { libraryImageUrl } from '../data/library-images';
import { useAppStore } from '../state/store';
import { loadRichStyles } from './load-rich-styles';
import { drawMermaidDiagrams } from './mermaid-diagrams';

function prefersDark(theme: 'system' | 'light' | 'dark'): boolean {
  if (theme !== 'system') return theme === 'dark';
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches;
}

/**
 * Shows HTML produced by the core's renderer, which runs markdown-it with
 * raw HTML off and unsafe link schemes refused: a note's text can only ever
 * become escaped text here, never markup or script. Links to other notes
 * open inside the app, and mermaid blocks are drawn once the HTML is in.
 */
export function RenderedHtml({ html, className }: { html: string; className?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const theme = useAppStore((state) => state.theme);
  const container = useRef<HTMLDivElement>(null);
  const failedText = t('reader.diagramFailed');
  const deadLinkText = t('reader.deadLink');

  useEffect(() => {
    void loadRichStyles(html);
  }, [html]);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    for (const dead of element.querySelectorAll<HTMLElement>('[data-dead-link]')) {
      dead.title = `${deadLinkText}: ${dead.dataset.deadLink ?? ''}`;
    }
    if (!html.includes('mermaid-source')) return;
    const controller = new AbortController();
    void drawMermaidDiagrams(element, { dark: prefersDark(theme), failedText, signal: controller.signal });
    return () => controller.abort();
  }, [html, theme, failedText, deadLinkText]);

  // Images of imported notes live in IndexedDB: each gets its blob: URL once the HTML is in.
  useEffect(() => {
    const images = container.current?.querySelectorAll<HTMLImageElement>(`img[${LIBRARY_IMAGE_ATTRIBUTE}]`) ?? [];
    for (const image of images) {
      const path = decodeURI(image.getAttribute(LIBRARY_IMAGE_ATTRIBUTE) ?? '');
      void libraryImageUrl(path).then((url) => {
        if (url) image.src = url;
      });
    }
  }, [html]);

  // A plain click on a link to another note navigates in the app; modified clicks keep the browser's behaviour.
  const onClick = (event: MouseEvent<HTMLDivElement>): void => {
    const link = (event.target as Element).closest?.('a[data-note-link]');
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void navigate(link.getAttribute('href') ?? '/');
  };

  return (
    <div
      ref={container}
      className={['markdown', className].filter(Boolean).join(' ')}
      onClick={onClick}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
