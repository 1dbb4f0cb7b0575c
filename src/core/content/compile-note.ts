import { buildCards } from '../cards/build-cards';
import { noteIdFromPath } from '../cards/card-id';
import { parseNote } from '../note/parse-note';
import { renderMarkdown } from '../render/render-markdown';
import { decodeNoteFile } from '../text/decode-note-file';
import type { CompiledNote } from './compiled-note';

/** Deck of a note id: its folder path, '' for a note at the top. */
export function deckOfNote(noteId: string): string {
  const slash = noteId.lastIndexOf('/');
  return slash < 0 ? '' : noteId.slice(0, slash);
}

function fileNameOf(noteId: string): string {
  return noteId.slice(noteId.lastIndexOf('/') + 1);
}

/** Parse, card and render one note file. Never throws on bad content. */
export function compileNote(relativePath: string, bytes: Uint8Array): CompiledNote {
  const id = noteIdFromPath(relativePath);
  const base = { id, deck: deckOfNote(id), date: null, tags: [], difficulty: null };
  const decoded = decodeNoteFile(bytes);
  if ('warning' in decoded) {
    return { ...base, title: fileNameOf(id), cards: [], warnings: [decoded.warning], html: '' };
  }
  const note = parseNote(decoded.text, { fileName: fileNameOf(id) });
  const cards = buildCards(id, note).map((card) => ({
    ...card,
    questionHtml: renderMarkdown(card.question),
    answerHtml: renderMarkdown(card.answer),
  }));
  return {
    ...base,
    title: note.title,
    date: note.frontMatter.date ?? null,
    tags: note.frontMatter.tags,
    difficulty: note.frontMatter.difficulty ?? null,
    cards,
    warnings: note.warnings,
    html: renderMarkdown(note.body),
  };
}
