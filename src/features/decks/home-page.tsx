import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { allCardsOf, useNotes } from '../../data/notes';
import { useNow } from '../../hooks/use-now';
import { useStudySnapshot } from '../../hooks/use-study-snapshot';
import { CARD_KINDS_SECTION_ID } from '../../ui/kind-choice-fields';
import { buildDeckRows } from './deck-rows';
import { NewKindsNotice } from './new-kinds-notice';
import { NoteList } from './note-list';

export function HomePage() {
  const { t } = useTranslation();
  const [now] = useNow();
  const snapshot = useStudySnapshot(now);
  const notes = useNotes();
  const rows = buildDeckRows(notes, snapshot ?? null, now);
  const withWarnings = notes.filter((note) => note.warnings.length > 0);
  // Every kind off: zeros alone would look like an empty library.
  const allOff = notes.every((note) => note.cards.length === 0) && notes.some((note) => allCardsOf(note.id).length > 0);

  if (notes.length === 0) {
    return (
      <section className="panel">
        <h1>{t('home.title')}</h1>
        <p>{t('home.empty')}</p>
      </section>
    );
  }

  return (
    <>
      <section className="panel">
        <h1>{t('home.title')}</h1>
        <NewKindsNotice />
        {allOff && (
          <p className="notice">
            {t('cardKinds.noneOn')} <Link to={`/settings#${CARD_KINDS_SECTION_ID}`}>{t('cardKinds.changeGlobal')}</Link>
          </p>
        )}
        <table className="deck-table">
          <thead>
            <tr>
              <th scope="col">{t('home.deck')}</th>
              <th scope="col" className="count new">
                {t('home.new')}
              </th>
              <th scope="col" className="count learning">
                {t('home.learning')}
              </th>
              <th scope="col" className="count due">
                {t('home.due')}
              </th>
              <th scope="col">
                <span className="visually-hidden">{t('home.study')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const name = row.deck ? row.name : t('home.allDecks');
              const href = row.deck ? `/study?deck=${encodeURIComponent(row.deck)}` : '/study';
              return (
                <tr key={row.deck || '*'}>
                  <th scope="row" style={{ paddingInlineStart: `${0.5 + row.depth}rem` }}>
                    {name}
                  </th>
                  <td className="count new">{row.counts?.new ?? '–'}</td>
                  <td className="count learning">{row.counts?.learning ?? '–'}</td>
                  <td className="count due">{row.counts?.review ?? '–'}</td>
                  <td>
                    <Link className="button small" to={href} aria-label={t('home.studyDeck', { deck: name })}>
                      {t('home.study')}
                    </Link>{' '}
                    <Link
                      className="button small secondary"
                      to={row.deck ? `/interview?deck=${encodeURIComponent(row.deck)}` : '/interview'}
                      aria-label={t('interview.startFromDeckLabel', { deck: name })}
                    >
                      {t('interview.startFromDeck')}
                    </Link>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      <section className="panel">
        <h2>{t('home.notesTitle')}</h2>
        <NoteList notes={notes} />
      </section>
      {withWarnings.length > 0 && (
        <section className="panel warnings-panel" aria-labelledby="home-warnings">
          <h2 id="home-warnings">{t('home.warningsTitle')}</h2>
          <p>
            {t('home.warningsIntro', { count: withWarnings.length })} <Link to="/health">{t('home.warningsLink')}</Link>
          </p>
        </section>
      )}
    </>
  );
}
