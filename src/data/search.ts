import type { SearchDocument, SearchIndex } from '../core';
import { addSearchDocuments, buildSearchIndex } from '../core';

/**
 * The search index over the app's notes. The bundled notes' documents are a
 * lazy chunk, fetched and indexed the first time someone reaches for search,
 * so the first screen does not carry them.
 */
let index: Promise<SearchIndex> | null = null;

export function loadSearchIndex(): Promise<SearchIndex> {
  index ??= import('virtual:mundap-search').then((module) => buildSearchIndex(module.documents));
  return index;
}

/** Make notes imported at run time searchable (a note with the same id is replaced). */
export function addNotesToSearch(documents: readonly SearchDocument[]): Promise<SearchIndex> {
  index = loadSearchIndex().then((current) => addSearchDocuments(current, documents));
  return index;
}
