/**
 * Shows HTML produced by the core's renderer, which runs markdown-it with
 * raw HTML off and unsafe link schemes refused: a note's text can only ever
 * become escaped text here, never markup or script.
 */
export function RenderedHtml({ html, className }: { html: string; className?: string }) {
  return (
    <div className={['markdown', className].filter(Boolean).join(' ')} dangerouslySetInnerHTML={{ __html: html }} />
  );
}
