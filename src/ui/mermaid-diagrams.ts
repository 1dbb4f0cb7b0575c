/**
 * Draws the `<pre class="mermaid-source">` blocks the renderer leaves in
 * a note. Mermaid is large and needs a DOM, so it is imported only when a
 * page has such a block, and runs in its strict mode: labels are sanitised
 * and click handlers in diagram source are ignored.
 */
let nextId = 0;

export interface MermaidOptions {
  dark: boolean;
  /** Shown under a block whose diagram could not be drawn; its source stays visible. */
  failedText: string;
  /** Aborted when the HTML is replaced or the page left, so a stale run stops touching the DOM. */
  signal: AbortSignal;
}

function clearPrevious(container: HTMLElement): void {
  for (const element of container.querySelectorAll('.mermaid-diagram, .mermaid-error')) element.remove();
  for (const source of container.querySelectorAll<HTMLElement>('pre.mermaid-source')) source.hidden = false;
}

function showFailure(source: HTMLElement, text: string): void {
  const note = document.createElement('p');
  note.className = 'mermaid-error';
  note.textContent = text;
  source.after(note);
}

export async function drawMermaidDiagrams(container: HTMLElement, options: MermaidOptions): Promise<void> {
  clearPrevious(container);
  const sources = [...container.querySelectorAll<HTMLElement>('pre.mermaid-source')];
  if (sources.length === 0) return;
  let mermaid: typeof import('mermaid').default;
  try {
    mermaid = (await import('mermaid')).default;
    mermaid.initialize({
      startOnLoad: false,
      securityLevel: 'strict',
      theme: options.dark ? 'dark' : 'default',
      // Without this, a failed diagram leaves mermaid's own error graphic in the page.
      suppressErrorRendering: true,
      // Strict mode already strips script; labels must not load anything either (a remote <img> is a tracker).
      dompurifyConfig: {
        FORBID_TAGS: ['img', 'image', 'iframe', 'video', 'audio', 'source', 'object', 'embed', 'link'],
      },
    });
  } catch {
    if (!options.signal.aborted) for (const source of sources) showFailure(source, options.failedText);
    return;
  }
  for (const source of sources) {
    try {
      const { svg } = await mermaid.render(`mermaid-diagram-${(nextId += 1)}`, source.textContent ?? '');
      if (options.signal.aborted) return;
      const figure = document.createElement('div');
      figure.className = 'mermaid-diagram';
      figure.innerHTML = svg;
      source.after(figure);
      source.hidden = true;
    } catch {
      if (options.signal.aborted) return;
      showFailure(source, options.failedText);
    }
  }
}
