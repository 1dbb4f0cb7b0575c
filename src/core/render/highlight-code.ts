import hljs from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import cpp from 'highlight.js/lib/languages/cpp';
import diff from 'highlight.js/lib/languages/diff';
import dockerfile from 'highlight.js/lib/languages/dockerfile';
import go from 'highlight.js/lib/languages/go';
import graphql from 'highlight.js/lib/languages/graphql';
import java from 'highlight.js/lib/languages/java';
import javascript from 'highlight.js/lib/languages/javascript';
import json from 'highlight.js/lib/languages/json';
import python from 'highlight.js/lib/languages/python';
import shell from 'highlight.js/lib/languages/shell';
import sql from 'highlight.js/lib/languages/sql';
import typescript from 'highlight.js/lib/languages/typescript';
import yaml from 'highlight.js/lib/languages/yaml';

/**
 * Syntax highlighting with highlight.js core and only the languages the
 * notes use (the full bundle registers ~190). It runs when notes are
 * compiled, at build time for bundled notes, so the browser only gets
 * the resulting `<span class="hljs-…">` markup and a small colour sheet.
 */
const LANGUAGES = {
  bash,
  cpp,
  diff,
  dockerfile,
  go,
  graphql,
  java,
  javascript,
  json,
  python,
  shell,
  sql,
  typescript,
  yaml,
};
for (const [name, language] of Object.entries(LANGUAGES)) hljs.registerLanguage(name, language);

/**
 * Highlighted, HTML-escaped code for a fence's language, or '' when the
 * language is unknown (markdown-it then escapes the code itself).
 */
export function highlightCode(code: string, language: string): string {
  const name = language.trim().toLowerCase();
  if (!name || !hljs.getLanguage(name)) return '';
  return hljs.highlight(code, { language: name, ignoreIllegals: true }).value;
}
