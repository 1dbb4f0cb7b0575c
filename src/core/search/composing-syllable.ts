import { disassemble } from 'es-hangul';

/**
 * While a Korean word is being typed its last syllable is unfinished: typing
 * 쿠버네 passes through 쿠버ㄴ, and 서비 through 섭 (the ㅂ sits as a final
 * consonant until the next vowel moves it on). So the last query character
 * matches any text whose next one or two characters start with the same jamo
 * sequence. This module turns that character into a regular expression
 * fragment; the jamo come from es-hangul, never from a hand-written table.
 */

const FIRST_SYLLABLE = 0xac00;
const LAST_SYLLABLE = 0xd7a3;
const FIRST_JAMO = 0x3131;
const LAST_JAMO = 0x3163;

/** Could this character still grow into another syllable as the user types? */
export function isComposable(char: string): boolean {
  const code = char.charCodeAt(0);
  return (
    char.length === 1 &&
    ((code >= FIRST_SYLLABLE && code <= LAST_SYLLABLE) || (code >= FIRST_JAMO && code <= LAST_JAMO))
  );
}

interface JamoEntry {
  code: number;
  jamo: string;
}

let jamoTable: JamoEntry[] | null = null;

/** Every syllable and compatibility jamo with its jamo sequence, built once on first use. */
function allJamo(): JamoEntry[] {
  if (jamoTable) return jamoTable;
  const table: JamoEntry[] = [];
  for (const [first, last] of [
    [FIRST_JAMO, LAST_JAMO],
    [FIRST_SYLLABLE, LAST_SYLLABLE],
  ] as const) {
    for (let code = first; code <= last; code += 1) table.push({ code, jamo: disassemble(String.fromCharCode(code)) });
  }
  return (jamoTable = table);
}

function hex(code: number): string {
  return '\\u' + code.toString(16).padStart(4, '0');
}

/** A regex character class of the given code points (ascending), in ranges. */
function characterClass(codes: number[]): string {
  let body = '';
  for (let index = 0; index < codes.length;) {
    let end = index;
    while (end + 1 < codes.length && codes[end + 1] === (codes[end] ?? 0) + 1) end += 1;
    body += end > index ? `${hex(codes[index] ?? 0)}-${hex(codes[end] ?? 0)}` : hex(codes[index] ?? 0);
    index = end + 1;
  }
  return `[${body}]`;
}

function codesStartingWith(prefix: string): number[] {
  return allJamo()
    .filter((entry) => entry.jamo.startsWith(prefix))
    .map((entry) => entry.code);
}

const fragments = new Map<string, string>();

/**
 * A regex fragment (no flags, no `u`) matching the text a user may be typing
 * when the query ends in `char`: one character whose jamo start with the
 * char's jamo, or a syllable then a character that together do.
 */
export function composingPattern(char: string): string {
  const cached = fragments.get(char);
  if (cached) return cached;
  const jamo = disassemble(char);
  const alternatives = [characterClass(codesStartingWith(jamo))];
  for (let split = 1; split < jamo.length; split += 1) {
    const head = jamo.slice(0, split);
    const rest = codesStartingWith(jamo.slice(split));
    if (rest.length === 0) continue;
    const heads = allJamo()
      .filter((entry) => entry.jamo === head)
      .map((entry) => entry.code);
    if (heads.length > 0) alternatives.push(characterClass(heads) + characterClass(rest));
  }
  const pattern = `(?:${alternatives.join('|')})`;
  fragments.set(char, pattern);
  return pattern;
}
