import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupStrength } from '../../core';
import { NoData } from './no-data';
import { useStatsFormat } from './use-stats-format';

const FIRST = 10;

/** Decks or tags, weakest first: average recall of the studied cards and the share of mature cards. */
export function StrengthTable({ kind, groups }: { kind: 'deck' | 'tag'; groups: GroupStrength[] }) {
  const { t } = useTranslation();
  const format = useStatsFormat();
  const [all, setAll] = useState(false);
  const caption = t(kind === 'deck' ? 'stats.strength.decks' : 'stats.strength.tags');
  if (groups.length === 0) {
    return (
      <>
        <h3>{caption}</h3>
        <p className="muted">{t(kind === 'deck' ? 'stats.strength.noDecks' : 'stats.strength.noTags')}</p>
      </>
    );
  }
  const shown = all ? groups : groups.slice(0, FIRST);
  return (
    <>
      <h3>{caption}</h3>
      <table className="deck-table stats-table strength-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t(`stats.strength.${kind}`)}</th>
            <th scope="col" className="number">
              {t('stats.strength.cards')}
            </th>
            <th scope="col" className="number">
              {t('stats.strength.reviewed')}
            </th>
            <th scope="col" className="number">
              {t('stats.strength.recall')}
            </th>
            <th scope="col" className="number">
              {t('stats.strength.mature')}
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((group) => (
            <tr key={group.name}>
              <th scope="row">{group.name}</th>
              <td className="number">{format.integer(group.cards)}</td>
              <td className="number">{format.integer(group.reviewed)}</td>
              <td className="number">
                {group.averageRetrievability === null ? <NoData /> : format.percent(group.averageRetrievability)}
              </td>
              <td className="number">{format.percent(group.matureShare)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {groups.length > FIRST && (
        <p>
          <button type="button" className="button small secondary" aria-expanded={all} onClick={() => setAll(!all)}>
            {all
              ? t('stats.strength.showFewer')
              : t('stats.strength.showAll', { count: format.integer(groups.length) })}
          </button>
        </p>
      )}
    </>
  );
}
