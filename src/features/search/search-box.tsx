import { useDeferredValue, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { notePath, search, type SearchHit } from '../../core';
import { optionId, SearchResults } from './search-results';
import { useSearchIndex } from './use-search-index';
import { useSlashShortcut } from './use-slash-shortcut';

const RESULT_LIMIT = 12;

/**
 * The header's search box: a WAI-ARIA combobox over a listbox of notes.
 * It searches on every keystroke, composing Korean included, since matching
 * an unfinished syllable is the point; but a key the IME is using (Enter
 * that commits a syllable) never opens a result.
 */
export function SearchBox() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const { index, status, load } = useSearchIndex();
  useSlashShortcut(input);

  // Typing stays responsive on a large index: the list may trail the input by a frame, never the other way round.
  const deferredQuery = useDeferredValue(query);
  const hits = useMemo(
    () => (index && deferredQuery.trim() ? search(index, deferredQuery, RESULT_LIMIT) : []),
    [index, deferredQuery],
  );
  const expanded = open && query.trim() !== '';
  const activeIndex = Math.min(active, hits.length - 1);

  function openHit(hit: SearchHit): void {
    setOpen(false);
    setQuery('');
    input.current?.blur();
    void navigate(notePath(hit.noteId));
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    // Keys the IME is using (keyCode 229 is how Chrome and Safari mark them) belong to the IME.
    if (event.nativeEvent.isComposing || event.keyCode === 229) return;
    const move = (step: number): void => {
      event.preventDefault();
      setOpen(true);
      if (hits.length > 0) setActive((activeIndex + step + hits.length) % hits.length);
    };
    if (event.key === 'ArrowDown') move(1);
    else if (event.key === 'ArrowUp') move(-1);
    else if (event.key === 'Enter' && expanded && index) {
      // The list may trail the input; Enter acts on what is typed now.
      const current = deferredQuery === query ? hits : search(index, query, RESULT_LIMIT);
      const hit = current[deferredQuery === query ? Math.max(activeIndex, 0) : 0];
      if (hit) {
        event.preventDefault();
        openHit(hit);
      }
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (expanded) setOpen(false);
      else setQuery('');
    }
  }

  let message: string | null = null;
  if (status === 'failed') message = t('search.failed');
  else if (!index) message = t('search.loading');
  else if (hits.length === 0 && deferredQuery === query) message = t('search.empty', { query: query.trim() });

  return (
    <div className="search">
      <input
        ref={input}
        type="search"
        role="combobox"
        className="search-input"
        aria-label={t('search.label')}
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && activeIndex >= 0 ? optionId(listId, activeIndex) : undefined}
        aria-keyshortcuts="/"
        placeholder={t('search.placeholder')}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => {
          // The input's own value, composing syllable included, so no character is lost mid-composition.
          setQuery(event.currentTarget.value);
          setActive(0);
          setOpen(true);
          load();
        }}
        onFocus={() => {
          setOpen(true);
          load();
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <div className="search-panel" hidden={!expanded}>
        <SearchResults listId={listId} hits={hits} active={activeIndex} onActivate={setActive} onOpen={openHit} />
        {message ? (
          <p className="search-message" role="status">
            {message}
          </p>
        ) : (
          <p className="search-message muted">
            <span role="status">{t('search.count', { count: hits.length })}</span> · {t('search.hint')}
          </p>
        )}
      </div>
    </div>
  );
}
