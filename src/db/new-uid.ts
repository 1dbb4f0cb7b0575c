/**
 * An id unique across devices for log entries and interview sessions.
 * getRandomValues, not randomUUID: the latter exists only in secure
 * contexts, and Mundap may be served over plain http on a local network.
 */
export function newUid(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
