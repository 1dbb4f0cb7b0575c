import type { QuizScope } from '../../core';

export type ScopeKind = QuizScope['kind'];
export const SCOPE_KINDS: readonly ScopeKind[] = ['all', 'deck', 'tag', 'note'];

/** The setup form's scope: a kind and, for deck/tag/note, the chosen value. */
export interface ScopeChoice {
  kind: ScopeKind;
  value: string;
}

/** `/quiz?deck=mlops`, `?tag=MLOps`, `?note=<note id>` preselect the scope; plain `/quiz` means all notes. */
export function scopeChoiceFromSearch(params: URLSearchParams): ScopeChoice {
  for (const kind of ['note', 'deck', 'tag'] as const) {
    const value = params.get(kind)?.normalize('NFC');
    if (value) return { kind, value: kind === 'deck' ? value.replace(/\/+$/, '') : value };
  }
  return { kind: 'all', value: '' };
}

export function scopeOfChoice(choice: ScopeChoice): QuizScope {
  switch (choice.kind) {
    case 'all':
      return { kind: 'all' };
    case 'deck':
      return { kind: 'deck', deck: choice.value };
    case 'tag':
      return { kind: 'tag', tag: choice.value };
    case 'note':
      return { kind: 'note', noteId: choice.value };
  }
}
