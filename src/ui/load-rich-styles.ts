let loading: Promise<void> | null = null;

/** Loads the math and code stylesheets once, when some HTML needs them. */
export function loadRichStyles(html: string): Promise<void> {
  if (!/class="(katex|hljs-)/.test(html)) return Promise.resolve();
  return (loading ??= import('./rich-content-styles').then(() => undefined));
}
