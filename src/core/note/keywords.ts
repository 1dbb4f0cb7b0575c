/**
 * Keywords are the bold phrases of an answer: authors bold the key points
 * of a model answer. Matched leniently rather than by CommonMark's flanking
 * rules, which reject `**서버리스(Serverless)**를` (punctuation before the
 * closing `**`, a Korean particle after it) although the author clearly
 * meant it bold.
 */
// `__` only between non-word characters, so `__init__` in prose stays a name.
const BOLD_SPAN = /(?<!\\)\*\*(?![\s*])(.+?)(?<![\s\\])\*\*|(?<![\w\\])__(?![\s_])(.+?)(?<![\s\\])__(?!\w)/g;
const CODE_SPAN = /(`+)[^`]*?\1/g;
const FENCE = /^[ \t]*(`{3,}|~{3,})/;
const WRAPPING_QUOTES = /^['"‘’“”「『]+|['"‘’“”」』]+$/g;

export function extractKeywords(markdown: string): string[] {
  const keywords: string[] = [];
  let fence: string | undefined;
  for (const line of markdown.split('\n')) {
    const delimiter = FENCE.exec(line)?.[1];
    if (fence) {
      if (delimiter?.startsWith(fence)) fence = undefined;
      continue;
    }
    if (delimiter) {
      fence = delimiter;
      continue;
    }
    // Escaped asterisks stay literal text, and bold markers inside code are code.
    // Masked with a letter (not spaces) so a bold span that starts with inline code still matches.
    const text = line.replace(/\\[\\*_`]/g, 'xx').replace(CODE_SPAN, (span) => 'x'.repeat(span.length));
    for (const match of text.matchAll(BOLD_SPAN)) {
      const keyword = cleanKeyword(line.slice(match.index + 2, match.index + match[0].length - 2));
      // `**[추가 설명]**` and the like label a block; they are not key points.
      if (keyword && !/^\[.*\]$/.test(keyword) && !keywords.includes(keyword)) keywords.push(keyword);
    }
  }
  return keywords;
}

function cleanKeyword(raw: string): string {
  return raw
    .replace(/\\(.)/g, '$1')
    .replace(/`/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(WRAPPING_QUOTES, '')
    .replace(/[:：]$/, '')
    .trim();
}
