import { useTranslation } from 'react-i18next';
import type { TocEntry } from '../../core';

/** Wide screens start with the contents open; phones keep them folded above the text. */
function startsOpen(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(min-width: 48rem)').matches;
}

/** The note's headings as in-page links, nested by level. */
export function NoteToc({ entries }: { entries: TocEntry[] }) {
  const { t } = useTranslation();
  if (entries.length === 0) return null;
  const top = Math.min(...entries.map((entry) => entry.level));
  return (
    <nav className="note-toc" aria-label={t('reader.toc')}>
      <details open={startsOpen()}>
        <summary>{t('reader.toc')}</summary>
        <ol lang="ko">
          {entries.map((entry) => (
            <li key={entry.id} className={`toc-level-${entry.level - top + 1}`}>
              <a href={`#${entry.id}`}>{entry.text}</a>
            </li>
          ))}
        </ol>
      </details>
    </nav>
  );
}
