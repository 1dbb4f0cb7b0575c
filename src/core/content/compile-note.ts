import { buildCards } from '../cards/build-cards';
import { noteIdFromPath } from '../cards/card-id';
import { parseNote } from '../note/parse-note';
import { renderMarkdown, type NoteRenderEnv } from '../render/render-markdown';
import type { LinkContext } from '../render/resolve-note-link';
import { decodeNoteFile } from '../text/decode-note-file';
import { normalizeText } from '../text/normalize';
import type { CompiledNote } from './compiled-note';
import { splitNoteBody } from './note-segments';

/** What the compiler knows about the rest of the content folder, to resolve links and images. */
export type ContentContext = Omit<LinkContext, 'noteId'>;

/** Deck of a note id: its folder path, '' for a note at the top. */
export function deckOfNote(noteId: string): string {
  const slash = noteId.lastIndexOf('/');
  return slash < 0 ? '' : noteId.slice(0, slash);
}

function fileNameOf(noteId: string): string {
  return noteId.slice(noteId.lastIndexOf('/') + 1);
}

function lineCount(text: string): number {
  return text.split('\n').length;
}

/**
 * Parse, card and render one note file. Never throws on bad content.
 * Without a content context, links between notes are left as written.
 */
export function compileNote(relativePath: string, bytes: Uint8Array, content?: ContentContext): CompiledNote {
  const id = noteIdFromPath(relativePath);
  const base = { id, deck: deckOfNote(id), date: null, tags: [], difficulty: null };
  const decoded = decodeNoteFile(bytes);
  if ('warning' in decoded) {
    return { ...base, title: fileNameOf(id), cards: [], warnings: [decoded.warning], body: { segments: [], toc: [] } };
  }
  const note = parseNote(decoded.text, { fileName: fileNameOf(id) });
  const env: NoteRenderEnv = content ? { links: { ...content, noteId: id } } : {};
  const parsedCards = buildCards(id, note);
  const cards = parsedCards.map((card) => ({
    ...card,
    questionHtml: renderMarkdown(card.question, { ...env }),
    answerHtml: renderMarkdown(card.answer, { ...env }),
  }));
  return {
    ...base,
    title: note.title,
    date: note.frontMatter.date ?? null,
    tags: note.frontMatter.tags,
    difficulty: note.frontMatter.difficulty ?? null,
    cards,
    warnings: note.warnings,
    body: splitNoteBody(note.body, {
      env,
      sections: note.sections,
      cards: parsedCards,
      // The body is the normalised text minus the front matter's lines.
      bodyLineOffset: lineCount(normalizeText(decoded.text)) - lineCount(note.body),
    }),
  };
}
