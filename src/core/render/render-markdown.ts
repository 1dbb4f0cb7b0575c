import MarkdownIt from 'markdown-it';
import cjkFriendly from 'markdown-it-cjk-friendly';

/**
 * Markdown to HTML that is safe to inject: raw HTML is off (shown as text),
 * and markdown-it's validateLink already refuses javascript:, vbscript:,
 * file: and non-image data: URLs. We refuse data: entirely, since a note has
 * no business embedding documents in links or images.
 */
// CommonMark does not close `**` before a Korean particle after punctuation
// (`**서버리스(Serverless)**를`); the CJK-friendly rule makes it bold as meant.
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false }).use(cjkFriendly);

const defaultValidateLink = markdown.validateLink.bind(markdown);
markdown.validateLink = (url: string): boolean => !/^\s*data:/i.test(url) && defaultValidateLink(url);

const defaultLinkOpen =
  markdown.renderer.rules.link_open ??
  ((tokens, index, options, _env, self) => self.renderToken(tokens, index, options));

// External links open in a new tab without giving that tab a handle on the app.
markdown.renderer.rules.link_open = (tokens, index, options, env, self) => {
  const token = tokens[index];
  if (token && /^https?:\/\//i.test(String(token.attrGet('href') ?? ''))) {
    token.attrSet('target', '_blank');
    token.attrSet('rel', 'noopener noreferrer');
  }
  return defaultLinkOpen(tokens, index, options, env, self);
};

export function renderMarkdown(source: string): string {
  return markdown.render(source);
}
