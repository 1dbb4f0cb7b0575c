import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Names the browser tab after what the page shows, and gives the name back on leaving. */
export function useDocumentTitle(title: string | null): void {
  useEffect(() => {
    if (!title) return;
    const previous = document.title;
    document.title = title;
    return () => {
      document.title = previous;
    };
  }, [title]);
}

/** "설정 · 문답": each page its own tab name, for history, tabs and screen readers (WCAG 2.4.2). */
export function usePageTitle(pageTitle: string | null): void {
  const { t } = useTranslation();
  useDocumentTitle(pageTitle ? `${pageTitle} · ${t('app.name')}` : null);
}
