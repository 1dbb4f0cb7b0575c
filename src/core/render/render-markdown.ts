import katexPluginModule from '@vscode/markdown-it-katex';
import MarkdownIt, { type StateCore, type Token } from 'markdown-it';
import cjkFriendly from 'markdown-it-cjk-friendly';
import footnote from 'markdown-it-footnote';
import { brTags } from './br-tags';
import { createSlugger } from './heading-slug';
import { highlightCode } from './highlight-code';
import { resolveLink, type LinkContext, type LinkTarget } from './resolve-note-link';

/**
 * The one markdown-it setup for note bodies and cards. Its output is safe
 * to inject: raw HTML is off (shown as text), markdown-it's validateLink
 * refuses javascript:, vbscript:, file: and non-image data: URLs, and we
 * refuse data: entirely, since a note has no business embedding documents.
 * KaTeX runs with trust off, so \href, \url and \includegraphics cannot
 * make links or load anything; mermaid diagrams are left as escaped source
 * for the browser to draw in mermaid's strict mode.
 */
// A type alias, not an interface, so it fits markdown-it's open `env` record
// (footnotes keep their state in the same object between parse and render).
export type NoteRenderEnv = {
  /** How to resolve relative links and images; without it they stay as written. */
  links?: LinkContext;
  /** Give headings anchor ids (off for cards, whose ids would clash with the note's). */
  headingIds?: boolean;
  /** Leave math as `\(…\)` / `\[…\]` TeX for a renderer of its own (Anki's MathJax) instead of KaTeX HTML. */
  mathAsTex?: boolean;
  /** Name each table cell `data-cell="<row>-<column>"` (header row "h"), so a table card can mark its cell. */
  cellIds?: boolean;
};

// The plugin is CommonJS with `exports.default`: bundlers hand us the
// function, Node's ESM loader (the build plugin, the CLI) the exports object.
const markdownKatex =
  (katexPluginModule as unknown as { default?: typeof katexPluginModule }).default ?? katexPluginModule;

// Spread into katex.renderToString by the plugin, whose type lists only its own options.
const katexOptions = {
  throwOnError: false,
  trust: false,
  output: 'html',
  strict: 'ignore',
  // Bounds the work a hostile formula can ask for.
  maxSize: 20,
  maxExpand: 200,
};

const markdown = new MarkdownIt({
  html: false,
  linkify: true,
  typographer: false,
  highlight: (code, language) => highlightCode(code, language),
})
  // CommonMark does not close `**` before a Korean particle after punctuation
  // (`**서버리스(Serverless)**를`); the CJK-friendly rule makes it bold as meant.
  .use(cjkFriendly)
  .use(brTags)
  .use(footnote)
  .use(markdownKatex, katexOptions);

const defaultValidateLink = markdown.validateLink.bind(markdown);
markdown.validateLink = (url: string): boolean => !/^\s*data:/i.test(url) && defaultValidateLink(url);

/**
 * Formatters such as mdformat escape markdown inside math (`$\\sqrt{d_k}$`,
 * `d\_{model}`), which KaTeX would read as a line break and a literal
 * underscore. Undo just those two escapes.
 */
function unescapeFormattedMath(latex: string): string {
  return latex.replace(/\\\\(?=[A-Za-z])/g, '\\').replace(/\\_(?=\{)/g, '_');
}

function fixMath(state: StateCore): void {
  for (const token of state.tokens) {
    if (token.type.startsWith('math_')) token.content = unescapeFormattedMath(token.content);
    for (const child of token.children ?? []) {
      if (child.type === 'math_inline') child.content = unescapeFormattedMath(child.content);
    }
  }
}

function closingLinkOf(children: Token[], open: number): Token | undefined {
  let depth = 0;
  for (let index = open; index < children.length; index += 1) {
    const child = children[index];
    if (child?.type === 'link_open') depth += 1;
    if (child?.type === 'link_close' && --depth === 0) return child;
  }
  return undefined;
}

function targetOf(href: string, context: LinkContext | undefined): LinkTarget | null {
  if (context) return resolveLink(href, context);
  return /^https?:\/\//i.test(href) ? { kind: 'external', href } : null;
}

/** Links to notes go to their page in the app, external ones open in a new tab, dead ones stop being links. */
function resolveLinks(state: StateCore): void {
  const context = (state.env as NoteRenderEnv).links;
  for (const token of state.tokens) {
    const children = token.children ?? [];
    children.forEach((child, index) => {
      if (child.type === 'image') resolveImage(child, context);
      if (child.type !== 'link_open') return;
      const target = targetOf(String(child.attrGet('href') ?? ''), context);
      if (target?.kind === 'external') {
        // The new tab gets no handle on the app (no opener) and no referrer.
        child.attrSet('target', '_blank');
        child.attrSet('rel', 'noopener noreferrer');
      } else if (target?.kind === 'note') {
        child.attrSet('href', target.href);
        child.attrSet('data-note-link', target.noteId);
      } else if (target?.kind === 'asset' || target?.kind === 'anchor') {
        child.attrSet('href', target.href);
      } else if (target?.kind === 'dead') {
        child.tag = 'span';
        child.attrs = [
          ['class', 'dead-link'],
          ['data-dead-link', target.target],
        ];
        const close = closingLinkOf(children, index);
        if (close) close.tag = 'span';
      }
    });
  }
}

function resolveImage(image: Token, context: LinkContext | undefined): void {
  const target = context ? resolveLink(String(image.attrGet('src') ?? ''), context) : null;
  if (target?.kind === 'asset' || target?.kind === 'external') image.attrSet('src', target.href);
  else if (target) image.meta = { missing: true };
}

/** Plain text of a heading's inline token, for anchor ids and the table of contents. */
export function headingText(inline: Token | undefined): string {
  return (inline?.children ?? [])
    .filter((child) => child.type === 'text' || child.type === 'code_inline' || child.type === 'math_inline')
    .map((child) => child.content)
    .join('')
    .trim();
}

function addHeadingIds(state: StateCore): void {
  if (!(state.env as NoteRenderEnv).headingIds) return;
  const slug = createSlugger();
  state.tokens.forEach((token, index) => {
    if (token.type === 'heading_open') token.attrSet('id', slug(headingText(state.tokens[index + 1])));
  });
}

function addCellIds(state: StateCore): void {
  if (!(state.env as NoteRenderEnv).cellIds) return;
  let row = -1;
  let column = 0;
  for (const token of state.tokens) {
    if (token.type === 'table_open') row = -1;
    else if (token.type === 'tr_open') column = 0;
    else if (token.type === 'tr_close') row += 1;
    else if (token.type === 'th_open' || token.type === 'td_open') {
      token.attrSet('data-cell', `${row < 0 ? 'h' : row}-${column}`);
      column += 1;
    }
  }
}

markdown.core.ruler.push('mundap_math', fixMath);
markdown.core.ruler.push('mundap_cell_ids', addCellIds);
markdown.core.ruler.push('mundap_links', resolveLinks);
markdown.core.ruler.push('mundap_heading_ids', addHeadingIds);

const defaultFence = markdown.renderer.rules.fence!;
markdown.renderer.rules.fence = (tokens, index, options, env, self) => {
  const token = tokens[index];
  // Drawn in the browser (mermaid needs a DOM); until then, or if it cannot be drawn, the source shows.
  if (token?.info.trim().toLowerCase() === 'mermaid') {
    return `<pre class="mermaid-source">${markdown.utils.escapeHtml(token.content)}</pre>\n`;
  }
  // A code block scrolls sideways on a phone: tabindex lets a keyboard reach and scroll it.
  return defaultFence(tokens, index, options, env, self).replace(/^<pre\b/, '<pre tabindex="0"');
};

// Tables scroll inside their own box too (display: block; overflow-x: auto).
markdown.renderer.rules.table_open = (tokens, index, options, _env, self) => {
  tokens[index]?.attrSet('tabindex', '0');
  return self.renderToken(tokens, index, options);
};

for (const [rule, open, close] of [
  ['math_inline', '\\(', '\\)'],
  ['math_block', '\\[', '\\]\n'],
  ['math_inline_block', '\\[', '\\]\n'],
] as const) {
  const katexRule = markdown.renderer.rules[rule]!;
  markdown.renderer.rules[rule] = (tokens, index, options, env, self) =>
    (env as NoteRenderEnv).mathAsTex
      ? `${open}${markdown.utils.escapeHtml(tokens[index]?.content.trim() ?? '')}${close}`
      : katexRule(tokens, index, options, env, self);
}

const defaultImage = markdown.renderer.rules.image!;
markdown.renderer.rules.image = (tokens, index, options, env, self) => {
  const token = tokens[index];
  if (token?.meta?.missing) {
    const alt = self.renderInlineAsText(token.children ?? [], options, env);
    return `<span class="missing-image">${markdown.utils.escapeHtml(alt)}</span>`;
  }
  return defaultImage(tokens, index, options, env, self);
};

/** Markdown to safe HTML; for cards and anything that needs no table of contents. */
export function renderMarkdown(source: string, env: NoteRenderEnv = {}): string {
  return markdown.render(source, env);
}

/** Block tokens of a note, with links resolved and headings given ids, to render in parts. */
export function parseMarkdown(source: string, env: NoteRenderEnv): Token[] {
  return markdown.parse(source, env);
}

/** HTML of a run of tokens from `parseMarkdown`, rendered with the same env. */
export function renderTokens(tokens: Token[], env: NoteRenderEnv): string {
  return markdown.renderer.render(tokens, markdown.options, env);
}
