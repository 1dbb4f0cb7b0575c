declare module 'virtual:mundap-content' {
  export const notes: import('./core').NoteSummary[];
  /** The rendered body of a bundled note, or null when no such note exists. */
  export function loadNoteHtml(id: string): Promise<string | null>;
}
