import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompiledCard } from '../core';
import { db, readCardInfo, type CardInfo, type ReviewRow } from '../db';
import { useStoredQuery } from '../hooks/use-stored-query';
import { formatDateTime, formatInterval, formatNumber, formatPercent } from '../i18n/format';
import { ModalDialog } from './modal-dialog';
import { RenderedHtml } from './rendered-html';

interface CardInfoDialogProps {
  card: CompiledCard;
  noteTitle: string;
  open: boolean;
  onClose: () => void;
  now: number;
}

const DASH = '—';

/** Anki's card info: the card's record now, and every entry of its log with what FSRS made of it. */
export function CardInfoDialog({ card, noteTitle, open, onClose, now }: CardInfoDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  // Read only while open; null = storage unavailable.
  const info = useStoredQuery<CardInfo | 'closed' | null>(
    () => (open ? readCardInfo(db, card.id, now) : Promise.resolve('closed')),
    [open, card.id, now],
    null,
  );
  return (
    <ModalDialog open={open} onClose={onClose} labelledBy={titleId} className="card-info-dialog">
      <div className="dialog-header">
        <h2 id={titleId}>{t('cardActions.infoTitle')}</h2>
        <button type="button" className="button secondary small" onClick={onClose}>
          {t('cardActions.close')} <kbd aria-hidden="true">Esc</kbd>
        </button>
      </div>
      <div className="card-info-question" lang="ko">
        <RenderedHtml html={card.questionHtml} />
      </div>
      {info === undefined || info === 'closed' ? (
        <p className="muted">{t('cardActions.infoLoading')}</p>
      ) : info === null ? (
        <p role="alert">{t('study.storageUnavailable')}</p>
      ) : (
        <CardInfoBody info={info} cardId={card.id} noteTitle={noteTitle} />
      )}
    </ModalDialog>
  );
}

function CardInfoBody({ info, cardId, noteTitle }: { info: CardInfo; cardId: string; noteTitle: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { record, log } = info;
  const firstRating = log.find((entry) => entry.row.kind === 'rating');
  const facts: [string, string][] = [
    [t('cardActions.field.cardId'), cardId],
    [t('cardActions.field.note'), noteTitle],
    [t('cardActions.field.added'), log[0] ? formatDateTime(log[0].row.reviewedAt, language) : DASH],
    [t('cardActions.field.firstReview'), firstRating ? formatDateTime(firstRating.row.reviewedAt, language) : DASH],
    [t('cardActions.field.state'), t(`cardActions.phase.${record?.phase ?? 'new'}`)],
    [t('cardActions.field.due'), record && record.phase !== 'new' ? formatDateTime(record.due, language) : DASH],
    [
      t('cardActions.field.interval'),
      record && record.phase !== 'new' && record.lastReview !== null
        ? formatInterval(record.due - record.lastReview, language)
        : DASH,
    ],
    [t('cardActions.field.stability'), record && record.phase !== 'new' ? days(record.stability, language, t) : DASH],
    [
      t('cardActions.field.difficulty'),
      record && record.phase !== 'new' ? formatNumber(record.difficulty, language) : DASH,
    ],
    [
      t('cardActions.field.retrievability'),
      info.retrievability === null ? DASH : formatPercent(info.retrievability, language),
    ],
    [t('cardActions.field.lapses'), formatNumber(record?.lapses ?? 0, language)],
    [t('cardActions.field.reps'), formatNumber(record?.reps ?? 0, language)],
    [t('cardActions.field.flag'), record?.flag ? t(`cardActions.flag.${record.flag}`) : t('cardActions.noFlag')],
    [t('cardActions.field.status'), statusText(record, t)],
  ];
  return (
    <>
      <dl className="card-info-facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('cardActions.logTitle')}</h3>
      {log.length === 0 ? (
        <p className="muted">{t('cardActions.logEmpty')}</p>
      ) : (
        <div className="table-scroll" role="region" aria-label={t('cardActions.logTitle')} tabIndex={0}>
          <table className="card-log">
            <thead>
              <tr>
                <th scope="col">{t('cardActions.column.when')}</th>
                <th scope="col">{t('cardActions.column.kind')}</th>
                <th scope="col">{t('cardActions.column.interval')}</th>
                <th scope="col">{t('cardActions.column.stability')}</th>
                <th scope="col">{t('cardActions.column.difficulty')}</th>
                <th scope="col">{t('cardActions.column.retrievability')}</th>
                <th scope="col">{t('cardActions.column.source')}</th>
              </tr>
            </thead>
            <tbody>
              {[...log].reverse().map(({ row, retrievability }) => {
                const rated = row.kind === 'rating';
                return (
                  <tr key={row.uid}>
                    <td>{formatDateTime(row.reviewedAt, language)}</td>
                    <td>{kindText(row, t)}</td>
                    <td>{rated ? formatInterval(row.after.due - row.reviewedAt, language) : DASH}</td>
                    <td>{rated ? days(row.after.stability, language, t) : DASH}</td>
                    <td>{rated ? formatNumber(row.after.difficulty, language) : DASH}</td>
                    <td>{retrievability === null ? DASH : formatPercent(retrievability, language)}</td>
                    <td>{rated ? t(`cardActions.source.${row.source}`) : DASH}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

type Translate = ReturnType<typeof useTranslation>['t'];

function days(value: number, language: string, t: Translate): string {
  return t('cardActions.days', { count: value, value: formatNumber(value, language) });
}

function statusText(record: CardInfo['record'], t: Translate): string {
  const parts = [record?.suspended && t('cardActions.suspended'), record?.leech && t('cardActions.leech')].filter(
    (part): part is string => Boolean(part),
  );
  return parts.length > 0 ? parts.join(', ') : t('cardActions.active');
}

function kindText(row: ReviewRow, t: Translate): string {
  switch (row.kind) {
    case 'rating':
      return t('cardActions.kind.rating', { grade: t(`study.grade.${row.grade}`) });
    case 'flag':
      return row.flag === 0
        ? t('cardActions.kind.unflag')
        : t('cardActions.kind.flag', { colour: t(`cardActions.flag.${row.flag}`) });
    default:
      return t(`cardActions.kind.${row.kind}`);
  }
}
