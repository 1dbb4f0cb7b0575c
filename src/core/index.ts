/**
 * The public entry of Mundap's pure core. Tests and the rest of the app
 * import from here only.
 */
export type * from './note-types';
export type * from './card-types';

export * from './scheduler/scheduling-types';
export * from './scheduler/fsrs-adapter';
export * from './scheduler/scheduler-profile';
export * from './scheduler/card-record';
export * from './scheduler/card-event';
export * from './scheduler/review-queue';
export * from './scheduler/due-counts';
export * from './scheduler/study-day';
export * from './scheduler/study-settings';

export type * from './content/compiled-note';
export * from './content/compile-note';
export * from './content/study-scope';

// Note parsing, cards, rendering (parser owner adds exports below).
export * from './text/normalize';
export * from './text/compare-text';
export * from './text/decode-note-file';
export * from './note/parse-note';
export * from './note/keywords';
export * from './cards/card-id';
export * from './cards/build-cards';
export * from './render/render-markdown';
export * from './render/resolve-note-link';
export * from './export/anki-text';

// Search (search owner).
export type * from './search/search-types';
export * from './search/search-document';
export { buildSearchIndex, addSearchDocuments, type SearchIndex } from './search/search-index';
export * from './search/search';

// Mock interview: settings, question plan, session and report (interview UI owner).
export * from './interview/interview-settings';
export * from './interview/interview-plan';
export * from './interview/interview-session';
export * from './interview/interview-report';
// Key-point coverage of a written answer (Korean-aware matcher).
export * from './interview/assess-answer';

// Quick quiz: multiple choice from the same cards.
export type * from './quiz/quiz-types';
export * from './quiz/build-quiz';
export * from './quiz/retry-questions';
export * from './quiz/answer-text';
