import type { SearchDocument, SearchIndex } from '../core';
import { buildSearchIndex } from '../core';
import { findNote } from './notes';

/**
 * The search index over the app's notes. The bundled notes' documents are a
 * lazy chunk, fetched the first time someone reaches for search, so the
 * first screen does not carry them; the library's documents come from the
 * database with its notes. The index is rebuilt on the next search after
 * the library changes (an imported note with a bundled note's id replaces it).
 */
let libraryDocuments: readonly SearchDocument[] = [];
let index: Promise<SearchIndex> | null = null;

export function loadSearchIndex(): Promise<SearchIndex> {
  index ??= import('virtual:mundap-search').then((module) => {
    const replaced = new Set(libraryDocuments.map((document) => document.id));
    const documents = [...module.documents.filter((document) => !replaced.has(document.id)), ...libraryDocuments];
    // Only notes the app shows: a deck's source the learner turned off is not searched either.
    return buildSearchIndex(documents.filter((document) => findNote(document.id) !== undefined));
  });
  return index;
}

/** The library's searchable notes, as read from the database (call after setLibraryNotes). */
export function setLibrarySearch(documents: readonly SearchDocument[]): void {
  libraryDocuments = documents;
  index = null;
}
