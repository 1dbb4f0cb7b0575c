import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { markTableCell, type CompiledCard, type NoteSummary } from '../core';
import { RenderedHtml } from './rendered-html';

/**
 * The whole table a table card comes from, its cell marked, so the answer
 * is learned where it sits in the comparison. Nothing for other cards (or a
 * note compiled before it kept its tables).
 */
export function TableInContext({ card, note }: { card: CompiledCard; note: NoteSummary }) {
  const { t } = useTranslation();
  const table = card.table;
  const source = table ? note.tables[table.index] : undefined;
  const html = useMemo(() => (table && source ? markTableCell(source, table.row, table.column) : ''), [table, source]);
  const figure = useRef<HTMLElement>(null);
  // A wide table scrolls inside its box: bring the asked cell into sight, in the box and on the page.
  useEffect(() => {
    figure.current?.querySelector('.asked-cell')?.scrollIntoView?.({ block: 'nearest', inline: 'center' });
  }, [html]);
  if (!table || !html) return null;
  return (
    <figure className="table-context" ref={figure}>
      <figcaption className="muted">
        {t('cardKinds.tableContext', { system: table.system, attribute: table.attribute })}
      </figcaption>
      <RenderedHtml html={html} />
    </figure>
  );
}
