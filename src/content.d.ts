declare module 'virtual:mundap-content' {
  export const notes: import('./core').NoteSummary[];
  /** The rendered body of a bundled note, or null when no such note exists. */
  export function loadNoteBody(id: string): Promise<import('./core').NoteBody | null>;
}

declare module 'virtual:mundap-search' {
  /** The searchable text of every bundled note, prepared at build time. */
  export const documents: import('./core').SearchDocument[];
}
