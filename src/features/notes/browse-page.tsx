import { isInDeck, notePath } from '../../core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useNotes } from '../../data/notes';
import { useNow } from '../../hooks/use-now';
import { useStudySnapshot } from '../../hooks/use-study-snapshot';
import { BROWSE_SORTS, browseNotes, browseQueryFrom, DIFFICULTIES, tagCounts, type BrowseSort } from './browse-query';
import { DeckCardKinds } from './deck-card-kinds';
import { DeckTree } from './deck-tree';
import { usePageTitle } from '../../hooks/use-document-title';

const TAG_LIMIT = 40;

/** `/notes`: every note, by deck, tag and difficulty, sorted by title, date or due cards. */
export function BrowsePage() {
  const { t } = useTranslation();
  usePageTitle(t('browse.title'));
  const [params, setParams] = useSearchParams();
  const query = browseQueryFrom(params);
  const [now] = useNow();
  const snapshot = useStudySnapshot(now);
  const notes = useNotes();
  const entries = browseNotes(notes, query, snapshot ?? null, now);
  const tags = tagCounts(notes);
  // A real notebook has hundreds of tags; the most used ones come first, the rest on request.
  const [allTags, setAllTags] = useState(false);
  const visibleTags = allTags ? tags : tags.slice(0, TAG_LIMIT);
  const maxTagCount = tags[0]?.count ?? 1;

  /** The current URL with one filter changed (an empty value removes it). */
  const withParam = (key: string, value: string | null): string => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    const search = next.toString();
    return search ? `/notes?${search}` : '/notes';
  };

  return (
    <div className="browse">
      <h1 className="browse-heading">{t('browse.title')}</h1>
      <aside className="panel browse-filters" aria-label={t('browse.filters')}>
        <DeckTree notes={notes} current={query.deck} hrefFor={(deck) => withParam('deck', deck)} />
        <h2 id="browse-tags">{t('browse.tags')}</h2>
        <ul className="tag-cloud" aria-labelledby="browse-tags">
          {visibleTags.map(({ tag, count }) => (
            <li key={tag}>
              <Link
                to={withParam('tag', query.tag === tag ? null : tag)}
                className="chip"
                aria-current={query.tag === tag ? 'true' : undefined}
                style={{ fontSize: `${0.8 + (0.5 * count) / maxTagCount}rem` }}
                aria-label={t('browse.tagLabel', { tag, count })}
              >
                {tag}
              </Link>
            </li>
          ))}
        </ul>
        {tags.length > TAG_LIMIT && (
          <button type="button" className="button secondary small" onClick={() => setAllTags(!allTags)}>
            {allTags ? t('browse.fewerTags') : t('browse.allTags', { count: tags.length })}
          </button>
        )}
      </aside>
      <section className="panel browse-results" aria-labelledby="browse-results">
        <h2 id="browse-results" className="visually-hidden">
          {t('browse.results')}
        </h2>
        <div className="browse-controls">
          <div role="group" aria-label={t('note.difficulty')} className="segmented">
            {[null, ...DIFFICULTIES].map((difficulty) => (
              <Link
                key={difficulty ?? 'all'}
                to={withParam('difficulty', difficulty)}
                aria-current={query.difficulty === difficulty ? 'true' : undefined}
              >
                {difficulty ? t(`difficulty.${difficulty}`) : t('browse.anyDifficulty')}
              </Link>
            ))}
          </div>
          <label className="sort">
            {t('browse.sort')}{' '}
            <select
              value={query.sort}
              onChange={(event) => setParams(new URLSearchParams(withParam('sort', event.target.value).split('?')[1]))}
            >
              {BROWSE_SORTS.map((sort: BrowseSort) => (
                <option key={sort} value={sort}>
                  {t(`browse.sortBy.${sort}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        {query.deck && notes.some((note) => isInDeck(note, query.deck)) && (
          <DeckCardKinds deck={query.deck} notes={notes} />
        )}
        <p className="muted" role="status">
          {t('browse.count', { count: entries.length })}
          {query.tag && (
            <>
              {' · '}#{query.tag} <Link to={withParam('tag', null)}>{t('browse.clearTag')}</Link>
            </>
          )}
        </p>
        <ul className="browse-list">
          {entries.map(({ note, due }) => (
            <li key={note.id}>
              <Link to={notePath(note.id)} className="browse-title" lang="ko">
                {note.title}
              </Link>
              <p className="browse-meta">
                {note.deck && <span className="muted">{note.deck}</span>}
                {note.difficulty && (
                  <span className={`chip difficulty-${note.difficulty}`}>{t(`difficulty.${note.difficulty}`)}</span>
                )}
                <span>{t('cardKinds.cardCount', { count: note.cards.length })}</span>
                {due !== null && due > 0 && <span className="count due">{t('browse.due', { count: due })}</span>}
              </p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
