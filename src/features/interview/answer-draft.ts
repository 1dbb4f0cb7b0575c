/**
 * The typed draft of the current question, kept in localStorage rather than
 * IndexedDB: it is read synchronously, so the textarea comes back with its
 * text on the first paint after a reload (no empty flash, no race with the
 * learner typing before an async read returns), and each keystroke is one
 * cheap synchronous write, so nothing typed just before a reload is lost to
 * a debounce. It is scratch text, not progress: the submitted answer goes to
 * IndexedDB with the session and the draft is removed.
 */
const PREFIX = 'mundap-interview-draft:';

const keyOf = (sessionId: number, questionIndex: number): string => `${PREFIX}${sessionId}:${questionIndex}`;

// Storage may be missing or refused (private modes, full quota): a draft is a nicety, never an error.
export function readDraft(sessionId: number, questionIndex: number): string {
  try {
    return localStorage.getItem(keyOf(sessionId, questionIndex)) ?? '';
  } catch {
    return '';
  }
}

export function writeDraft(sessionId: number, questionIndex: number, text: string): void {
  try {
    if (text) localStorage.setItem(keyOf(sessionId, questionIndex), text);
    else localStorage.removeItem(keyOf(sessionId, questionIndex));
  } catch {
    // See above.
  }
}

export function clearDraft(sessionId: number, questionIndex: number): void {
  writeDraft(sessionId, questionIndex, '');
}
