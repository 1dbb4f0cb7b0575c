/**
 * Text hygiene applied once, at the entry of parsing, so every later stage
 * sees the same canonical text whatever editor or OS wrote the file.
 */

const BOM = '\uFEFF';
/** NBSP and its narrow/figure variants: editors and web copies insert them where a space was meant. */
const NON_BREAKING_SPACES = /[\u00A0\u2007\u202F]/g;

/** Strip a BOM, make line endings LF, compose to NFC (macOS writes NFD) and turn NBSPs into spaces. */
export function normalizeText(text: string): string {
  const withoutBom = text.startsWith(BOM) ? text.slice(1) : text;
  return withoutBom.replace(/\r\n?/g, '\n').normalize('NFC').replace(NON_BREAKING_SPACES, ' ');
}

/** Collapse every run of whitespace to one space and trim: the form used to compare texts. */
export function collapseWhitespace(text: string): string {
  return text.replace(NON_BREAKING_SPACES, ' ').replace(/\s+/g, ' ').trim();
}

/** NFC and `/` separators, so a path names the same note on every OS. */
export function normalizePath(path: string): string {
  return path.normalize('NFC').replace(/\\/g, '/');
}
