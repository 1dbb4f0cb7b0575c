import type MarkdownIt from 'markdown-it';
import type { StateCore, Token } from 'markdown-it';

const BR_TAG = /<br\s*\/?>/i;

function splitText(state: StateCore, text: Token): Token[] {
  const parts = text.content.split(BR_TAG);
  return parts.flatMap((part, index) => {
    const piece = new state.Token('text', '', 0);
    piece.content = part;
    return index === 0 ? [piece] : [new state.Token('hardbreak', 'br', 0), piece];
  });
}

/**
 * `<br>` is how a markdown table puts two lines in one cell, so notes are
 * full of it. Raw HTML stays off; this one tag, written in text (never in
 * code), becomes a line break, made by us rather than passed through.
 */
export function brTags(markdown: InstanceType<typeof MarkdownIt>): void {
  markdown.core.ruler.push('mundap_br_tags', (state: StateCore) => {
    for (const token of state.tokens) {
      if (
        token.type !== 'inline' ||
        !token.children?.some((child: Token) => child.type === 'text' && BR_TAG.test(child.content))
      ) {
        continue;
      }
      token.children = token.children.flatMap((child: Token) =>
        child.type === 'text' && BR_TAG.test(child.content) ? splitText(state, child) : [child],
      );
    }
  });
}
