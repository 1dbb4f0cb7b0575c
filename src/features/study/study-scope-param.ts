import { CARD_KINDS, type CardKind, type StudyScope } from '../../core';

/** `/study`, `/study?deck=<folder>`, `/study?note=<note id>`, `/study?cards=<id>,<id>` → the scope. */
export function scopeFromSearch(params: URLSearchParams): StudyScope {
  const cards = params.get('cards');
  if (cards) return { kind: 'cards', cardIds: cards.split(',').filter(Boolean) };
  const noteId = params.get('note');
  if (noteId) return { kind: 'note', noteId: noteId.normalize('NFC') };
  const deck = params.get('deck');
  if (deck) return { kind: 'deck', deck: deck.normalize('NFC').replace(/\/+$/, '') };
  return { kind: 'all' };
}

export function scopeKey(scope: StudyScope): string {
  switch (scope.kind) {
    case 'all':
      return 'all';
    case 'deck':
      return `deck:${scope.deck}`;
    case 'note':
      return `note:${scope.noteId}`;
    case 'cards':
      return `cards:${scope.cardIds.join(',')}`;
  }
}

/** `&kind=table,code` → those kinds only; null (every kind studied) without one kind the app knows. */
export function kindsFromSearch(params: URLSearchParams): ReadonlySet<CardKind> | null {
  const names = params.get('kind')?.split(',') ?? [];
  const kinds = CARD_KINDS.filter((kind) => names.includes(kind));
  return kinds.length > 0 ? new Set(kinds) : null;
}
