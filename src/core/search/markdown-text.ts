import MarkdownIt from 'markdown-it';
import cjkFriendly from 'markdown-it-cjk-friendly';
import { brTags } from '../render/br-tags';

/**
 * Markdown to the words a reader sees, for search and its snippets: no `**`,
 * no link URLs, no fence markers, but code text kept (people search for
 * `kubectl`). Parsed with markdown-it so emphasis, links and code spans end
 * exactly where the rendered note says they do.
 */
const markdown = new MarkdownIt({ html: false, linkify: false }).use(cjkFriendly).use(brTags);

type Token = ReturnType<typeof markdown.parse>[number];

function inlineText(token: Token): string {
  let text = '';
  for (const child of token.children ?? []) {
    if (child.type === 'text' || child.type === 'code_inline') text += child.content;
    else if (child.type === 'softbreak' || child.type === 'hardbreak') text += ' ';
    else if (child.type === 'image') text += child.content;
  }
  return text.trim();
}

export interface MarkdownText {
  headings: string[];
  /** One entry per paragraph, list item, table cell or code block. */
  blocks: string[];
}

export function markdownText(source: string): MarkdownText {
  const headings: string[] = [];
  const blocks: string[] = [];
  const tokens = markdown.parse(source, {});
  tokens.forEach((token, index) => {
    if (token.type === 'fence' || token.type === 'code_block') {
      const code = token.content.trim();
      if (code) blocks.push(code);
    } else if (token.type === 'inline') {
      const text = inlineText(token);
      if (!text) return;
      if (tokens[index - 1]?.type === 'heading_open') headings.push(text);
      else blocks.push(text);
    }
  });
  return { headings, blocks };
}

/** Inline markdown (a question, one answer) as one line of plain text. */
export function markdownLine(source: string): string {
  const { headings, blocks } = markdownText(source);
  return [...headings, ...blocks].join(' ');
}
