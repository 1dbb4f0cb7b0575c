import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CARD_KINDS, countKinds, type CompiledCard } from '../../core';

/**
 * A note's cards by kind, each a link to study that kind alone; a kind the
 * learner has off for this deck says so and links to where it is switched.
 */
export function CardKindCounts({
  noteId,
  deck,
  cards,
  studiedCards,
}: {
  noteId: string;
  deck: string;
  cards: readonly CompiledCard[];
  /** The note's cards of the kinds studied in its deck. */
  studiedCards: readonly CompiledCard[];
}) {
  const { t } = useTranslation();
  const counts = countKinds(cards);
  const studied = countKinds(studiedCards);
  const present = CARD_KINDS.filter((kind) => counts[kind] > 0);
  if (present.length === 0) return null;
  return (
    <ul className="kind-counts" aria-label={t('cardKinds.countsLabel')}>
      {present.map((kind) => {
        const text = `${t(`cardKinds.name.${kind}`)} ${counts[kind]}`;
        return (
          <li key={kind}>
            {studied[kind] > 0 ? (
              <Link
                to={`/study?note=${encodeURIComponent(noteId)}&kind=${kind}`}
                title={t('cardKinds.studyKind', { kind: t(`cardKinds.name.${kind}`) })}
              >
                {text}
              </Link>
            ) : (
              <>
                <span className="muted">{text} </span>
                <Link to={`/notes?deck=${encodeURIComponent(deck)}`} className="chip">
                  {t('cardKinds.off')}
                </Link>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
