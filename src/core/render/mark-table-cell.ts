/**
 * A table rendered with cell ids (`cellIds`), with the asked cell marked
 * "asked" and its column header and row label marked "asked-axis", so the
 * answer is read where it sits in the comparison. Works on our own
 * renderer's output: cell text is HTML-escaped, so `data-cell="` can only
 * be an attribute.
 */
export function markTableCell(html: string, row: number, column: number): string {
  const mark = (cell: string, className: string): ((source: string) => string) => {
    const attribute = `data-cell="${cell}"`;
    return (source) => source.replace(attribute, `${attribute} class="${className}"`);
  };
  return [
    mark(`${row}-${column}`, 'asked-cell'),
    mark(`h-${column}`, 'asked-axis'),
    mark(`${row}-0`, 'asked-axis'),
  ].reduce((source, apply) => apply(source), html);
}
