import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { listDecks } from '../../core';
import { useNotes } from '../../data/notes';
import { usePageTitle } from '../../hooks/use-document-title';
import { CardCountsSection } from './card-counts-section';
import { ForecastChart } from './forecast-chart';
import { RetentionTable } from './retention-table';
import { ReviewHeatmap } from './review-heatmap';
import { ReviewsChart } from './reviews-chart';
import { filterOfParams, filterOfValue, filterValue, listTags, paramsOfValue, scopeOfFilter } from './stats-scope';
import { StrengthTable } from './strength-table';
import { useCardStats } from './use-card-stats';
import { useStatsFormat } from './use-stats-format';
import './stats.css';

/** `/stats`: Anki-style statistics for every card, a deck or a tag. */
export function StatsPage() {
  const { t } = useTranslation();
  usePageTitle(t('stats.title'));
  const format = useStatsFormat();
  const [params, setParams] = useSearchParams();
  const notes = useNotes();
  const decks = useMemo(() => listDecks(notes), [notes]);
  const tags = useMemo(() => listTags(notes), [notes]);
  const filter = filterOfParams(params);
  const value = filterValue(filter);
  const known =
    filter.kind === 'all' || (filter.kind === 'deck' ? decks.includes(filter.deck) : tags.includes(filter.tag));
  // Keyed by the select's value, so the worker is asked again only when the scope really changes.
  const scope = useMemo(() => scopeOfFilter(notes, filterOfValue(value)), [notes, value]);
  const state = useCardStats(scope);

  return (
    <>
      <section className="panel stats-head">
        <h1>{t('stats.title')}</h1>
        <label className="stats-scope">
          <span>{t('stats.scopeLabel')}</span>
          <select value={value} onChange={(event) => setParams(paramsOfValue(event.target.value), { replace: true })}>
            <option value="all">{t('stats.scopeAll')}</option>
            {/* A bookmark to a deck or tag no note has any more: the menu names what the page shows. */}
            {!known && (
              <option value={value}>{t('stats.scopeMissing', { name: value.slice(value.indexOf(':') + 1) })}</option>
            )}
            {decks.length > 0 && (
              <optgroup label={t('stats.scopeDecks')}>
                {decks.map((deck) => (
                  <option key={deck} value={`deck:${deck}`}>
                    {deck}
                  </option>
                ))}
              </optgroup>
            )}
            {tags.length > 0 && (
              <optgroup label={t('stats.scopeTags')}>
                {tags.map((tag) => (
                  <option key={tag} value={`tag:${tag}`}>
                    {tag}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </label>
        <p role="status" className="stats-status">
          {state.status === 'loading' || (state.status === 'ready' && state.updating)
            ? t('stats.loading')
            : state.status === 'ready'
              ? t('stats.summary', {
                  cards: format.integer(state.stats.counts.total),
                  reviews: format.integer(state.stats.totalReviews),
                })
              : ''}
        </p>
      </section>
      {state.status === 'unavailable' && <p className="banner banner-error">{t('stats.storageUnavailable')}</p>}
      {state.status === 'error' && (
        <p className="banner banner-error" role="alert">
          {t('stats.error', { message: state.message })}
        </p>
      )}
      {state.status === 'ready' &&
        (scope.cards.length === 0 ? (
          <section className="panel">
            <p>{t('stats.noCards')}</p>
          </section>
        ) : (
          <div className={state.updating ? 'stats-body updating' : 'stats-body'}>
            <CardCountsSection counts={state.stats.counts} />
            {state.stats.totalReviews === 0 ? (
              <section className="panel" aria-labelledby="stats-empty">
                <h2 id="stats-empty">{t('stats.empty.title')}</h2>
                <p>{t('stats.empty.text')}</p>
                <p>
                  <Link
                    className="button"
                    to={filter.kind === 'deck' ? `/study?deck=${encodeURIComponent(filter.deck)}` : '/study'}
                  >
                    {t('stats.empty.study')}
                  </Link>
                </p>
              </section>
            ) : (
              <>
                <ReviewHeatmap stats={state.stats} />
                <ReviewsChart stats={state.stats} />
                <ForecastChart forecast={state.stats.forecast} />
                <RetentionTable rows={state.stats.retention} />
                <section className="panel" aria-labelledby="stats-strength">
                  <h2 id="stats-strength">{t('stats.strength.title')}</h2>
                  <p className="muted stats-note">{t('stats.strength.intro')}</p>
                  <StrengthTable kind="deck" groups={state.stats.decks} />
                  <StrengthTable kind="tag" groups={state.stats.tags} />
                </section>
              </>
            )}
          </div>
        ))}
    </>
  );
}
