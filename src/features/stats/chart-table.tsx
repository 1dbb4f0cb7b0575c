import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A chart's numbers as a table, folded under it: the chart itself is hidden from screen readers. */
export function ChartTable({ caption, note, children }: { caption: string; note?: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <details className="chart-table">
      <summary>{t('stats.showTable')}</summary>
      {note && <p className="muted">{note}</p>}
      <table className="deck-table stats-table">
        <caption className="visually-hidden">{caption}</caption>
        {children}
      </table>
    </details>
  );
}
