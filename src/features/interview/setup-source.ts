import { DEFAULT_INTERVIEW_SETTINGS, type Difficulty, type InterviewSource } from '../../core';

export type SourceKind = Exclude<InterviewSource['kind'], 'cards'>;
export const SOURCE_KINDS: readonly SourceKind[] = ['all', 'deck', 'tag', 'difficulty', 'note', 'due-first'];
export const DIFFICULTIES: readonly Difficulty[] = ['easy', 'medium', 'hard'];

/** The setup form's source: a kind and, for deck/tag/difficulty/note, the chosen value. */
export interface SourceChoice {
  kind: SourceKind;
  value: string;
}

/** `/interview?deck=…`, `?note=…` or `?tag=…` (links from a note page or a deck row) preselect the source. */
export function sourceFromSearch(params: URLSearchParams): SourceChoice {
  for (const kind of ['note', 'deck', 'tag'] as const) {
    const value = params.get(kind)?.normalize('NFC');
    if (value) return { kind, value: kind === 'deck' ? value.replace(/\/+$/, '') : value };
  }
  return { kind: DEFAULT_INTERVIEW_SETTINGS.source.kind as SourceKind, value: '' };
}

export function sourceOfChoice(choice: SourceChoice): InterviewSource {
  switch (choice.kind) {
    case 'all':
    case 'due-first':
      return { kind: choice.kind };
    case 'deck':
      return { kind: 'deck', deck: choice.value };
    case 'tag':
      return { kind: 'tag', tag: choice.value };
    case 'difficulty':
      return { kind: 'difficulty', difficulty: choice.value as Difficulty };
    case 'note':
      return { kind: 'note', noteId: choice.value };
  }
}
