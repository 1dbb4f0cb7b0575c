import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../core';
import { HighlightedText } from './highlighted-text';

export const optionId = (listId: string, index: number): string => `${listId}-option-${index}`;

interface SearchResultsProps {
  listId: string;
  hits: readonly SearchHit[];
  active: number;
  onActivate: (index: number) => void;
  onOpen: (hit: SearchHit) => void;
}

/** The listbox of the search combobox: one option per note, with the matching snippet. */
export function SearchResults({ listId, hits, active, onActivate, onOpen }: SearchResultsProps) {
  const { t } = useTranslation();
  // Arrow keys move the active option; it must stay visible, or Enter opens a note never seen.
  useEffect(() => {
    document.getElementById(optionId(listId, active))?.scrollIntoView?.({ block: 'nearest' });
  }, [listId, active]);
  return (
    <ul role="listbox" id={listId} aria-label={t('search.results')} className="search-results">
      {hits.map((hit, index) => (
        <li
          key={hit.noteId}
          id={optionId(listId, index)}
          role="option"
          aria-selected={index === active}
          className="search-hit"
          // Keeps focus in the input, so the click lands before a blur closes the list.
          onMouseDown={(event) => event.preventDefault()}
          onMouseMove={() => index !== active && onActivate(index)}
          onClick={() => onOpen(hit)}
        >
          <span className="search-hit-title">
            {hit.field === 'title' ? <HighlightedText snippet={hit.snippet} /> : hit.title}
          </span>
          {hit.field !== 'title' && (
            <span className="search-hit-snippet">
              <span className="search-hit-field">{t(`search.field.${hit.field}`)}</span>{' '}
              <HighlightedText snippet={hit.snippet} />
            </span>
          )}
          <span className="search-hit-id">{hit.noteId}</span>
        </li>
      ))}
    </ul>
  );
}
