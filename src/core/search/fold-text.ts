/**
 * The one text form search compares: NFC (done once per document and query),
 * lower case, and no whitespace at all, so 관리형서비스 finds 관리형 서비스
 * and Kubeflow finds kubeflow. Search matches in this "plain" form and maps a
 * match back to the original text only for the few hits it shows.
 */

const WHITESPACE = /\s/;

function isHangul(code: number): boolean {
  return (code >= 0xac00 && code <= 0xd7a3) || (code >= 0x3131 && code <= 0x318e);
}

/** The plain form of one code point: '' for whitespace, else its lower case (what `foldText` does, one at a time). */
function foldCodePoint(code: number): string {
  if (code < 0x80) {
    if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return '';
    return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 0x20) : String.fromCharCode(code);
  }
  // Hangul has no case: the common path for Korean text skips toLowerCase.
  if (isHangul(code)) return String.fromCharCode(code);
  const char = String.fromCodePoint(code);
  return WHITESPACE.test(char) ? '' : char.toLowerCase().replace('ς', 'σ');
}

/**
 * Lower case without whitespace. Whole-string operations for speed (this
 * runs over every note's text); final sigma is folded to σ so the result is
 * the same as folding code point by code point, which `sourceRangeOf` does.
 */
export function foldText(text: string): string {
  return text.replace(/\s+/g, '').toLowerCase().replace(/ς/g, 'σ');
}

/**
 * The range of `text` that produced the plain range [plainStart, plainEnd)
 * of `foldText(text)`: walks the text the same way, so the two never disagree.
 */
export function sourceRangeOf(text: string, plainStart: number, plainEnd: number): { start: number; end: number } {
  let plainIndex = 0;
  let start = text.length;
  let end = text.length;
  for (let index = 0; index < text.length;) {
    const code = text.codePointAt(index) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    const folded = foldCodePoint(code).length;
    if (folded > 0) {
      if (start === text.length && plainIndex + folded > plainStart) start = index;
      plainIndex += folded;
      if (plainIndex >= plainEnd) {
        end = index + width;
        break;
      }
    }
    index += width;
  }
  return { start: Math.min(start, end), end };
}
