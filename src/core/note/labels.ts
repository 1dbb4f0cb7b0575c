/**
 * The Q and A labels authors put in front of questions and answers:
 * `Q.`, `Q:`, `Q)`, `Q1.`, `[Q1]`, `질문 1:`, `A.`, `A:`, `답변:`…, bold or
 * not. Uppercase only: `a.`/`q.` are far more often enumerations.
 */

const BOLD = String.raw`(\*\*|__)?`;
const CLOSE = String.raw`(?:\*\*|__)?`;
/** `Q.`, `Q1:`, `**Q**:` (bold closed before the separator), `**Q1** text`, `[Q1]`, `질문 2)`. */
const Q_WORD = String.raw`(?:Q|Question|QUESTION|질문)[ \t]*\d{0,3}${CLOSE}[ \t]*[.:)．：]|Q\d{1,3}${CLOSE}(?=[ \t])|Q(?:\*\*|__)(?=[ \t])|[\[(（]Q[ \t]*\d{0,3}[\])）]${CLOSE}[.:]?`;
const A_WORD = String.raw`(?:A|Answer|ANSWER|답변?|모범[ \t]*답안)[ \t]*\d{0,3}${CLOSE}[ \t]*[.:)．：]|A(?:\*\*|__)(?=[ \t])|[\[(（]A[ \t]*\d{0,3}[\])）]${CLOSE}[.:]?`;

const Q_LABEL = new RegExp(String.raw`^${BOLD}[ \t]*(?:${Q_WORD})[ \t]*`);
const A_LABEL = new RegExp(String.raw`^${BOLD}[ \t]*(?:${A_WORD})[ \t]*`);

export interface LabelledText {
  /** The text after the label, as markdown. */
  text: string;
  /**
   * Set when bold opened before the label never closes on this line
   * (`**Q. a question that wraps`): the caller keeps reading lines until it does.
   */
  boldOpen: boolean;
}

export function hasQuestionLabel(content: string): boolean {
  return Q_LABEL.test(content);
}

export function hasAnswerLabel(content: string): boolean {
  return A_LABEL.test(content);
}

export function stripQuestionLabel(content: string): LabelledText | undefined {
  return stripLabel(Q_LABEL, content);
}

export function stripAnswerLabel(content: string): LabelledText | undefined {
  return stripLabel(A_LABEL, content);
}

function stripLabel(label: RegExp, content: string): LabelledText | undefined {
  const match = label.exec(content);
  if (!match) return undefined;
  const rest = content.slice(match[0].length);
  const opener = match[1];
  if (!opener) return { text: rest, boldOpen: false };
  // `**Q**: text` or `**Q.** text`: only the label was bold; the text is plain.
  if (match[0].includes(opener, opener.length)) return { text: rest, boldOpen: false };
  if (rest.startsWith(opener)) return { text: rest.slice(opener.length).trimStart(), boldOpen: false };
  return closeWrappingBold(opener, rest);
}

/** `**Q. text**` minus the label: drop the bold that wrapped label and text together. */
export function closeWrappingBold(opener: string, rest: string): LabelledText {
  const close = findClosing(opener, rest);
  if (close < 0) return { text: rest, boldOpen: true };
  const after = rest.slice(close + opener.length);
  // Bold closed before the line's end (`**Q. text** (extra)`): keep the bold on the part it covered.
  if (after.trim() !== '' && after.trim() !== '\\') return { text: opener + rest, boldOpen: false };
  return { text: rest.slice(0, close) + after, boldOpen: false };
}

/** Index of the unescaped closing bold delimiter, or -1. */
export function findClosing(opener: string, text: string): number {
  let from = 0;
  for (;;) {
    const index = text.indexOf(opener, from);
    if (index < 0) return -1;
    if (text[index - 1] !== '\\') return index;
    from = index + opener.length;
  }
}
