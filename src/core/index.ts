/**
 * The public entry of Mundap's pure core. Tests and the rest of the app
 * import from here only.
 */
export type * from './note-types';
export * from './card-types';

export * from './scheduler/scheduling-types';
export * from './scheduler/fsrs-adapter';
export * from './scheduler/scheduler-profile';
export * from './scheduler/card-record';
export * from './scheduler/card-event';
export * from './scheduler/review-queue';
export * from './scheduler/new-siblings';
export * from './scheduler/due-counts';
export * from './scheduler/study-day';
export * from './scheduler/study-settings';
export * from './scheduler/settings-limits';
export * from './scheduler/learning-steps';
export * from './scheduler/card-actions';

export * from './content/compiled-note';
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
export * from './cards/build-note-cards';
export * from './cards/card-kind-settings';
export * from './library/relink-cards';
export * from './render/render-markdown';
export * from './render/mark-table-cell';
export * from './render/resolve-note-link';
export * from './export/anki-text';

// Search (search owner).
export type * from './search/search-types';
export * from './search/search-document';
export { buildSearchIndex, type SearchIndex } from './search/search-index';
export * from './search/search';

// Mock interview: settings, question plan, session and report (interview UI owner).
export * from './interview/interview-settings';
export * from './interview/interview-plan';
export * from './interview/interview-question';
export * from './interview/interview-session';
export * from './interview/interview-report';
// Key-point coverage of a written answer (Korean-aware matcher).
export * from './interview/assess-answer';

// Quick quiz: multiple choice from the same cards.
export type * from './quiz/quiz-types';
export * from './quiz/build-quiz';
export * from './quiz/retry-questions';
export * from './quiz/answer-text';

// Statistics: heatmap, reviews by kind, forecast, card counts, true retention, weak decks and tags.
export * from './stats/stats-types';
export * from './stats/study-calendar';
export * from './stats/review-kind';
export * from './stats/card-counts';
export * from './stats/review-calendar';
export * from './stats/due-forecast';
export * from './stats/true-retention';
export * from './stats/group-strength';
export * from './stats/compute-stats';

// Backup and restore: the file format, its validation, and merging two devices' progress.
export * from './backup/backup-format';
export { inCanonicalOrder, stableStringify } from './backup/canonical-order';
export * from './backup/parse-backup';
export * from './backup/merge-backups';
export * from './backup/describe-merge';
export * from './backup/backup-reminder';
export * from './backup/base64';

// The user's library: what an import takes or skips, and zips read safely.
export * from './library/import-files';
export * from './library/read-zip';
export * from './library/prepare-import';
export * from './library/deck-sources';
