import type { Card } from '../card-types';
import { buildNoteCards } from '../cards/build-note-cards';
import { noteIdFromPath } from '../cards/card-id';
import { parseNote } from '../note/parse-note';
import { renderMarkdown, type NoteRenderEnv } from '../render/render-markdown';
import type { LinkContext } from '../render/resolve-note-link';
import { decodeNoteFile } from '../text/decode-note-file';
import { normalizeText } from '../text/normalize';
import type { CompiledCard, CompiledNote } from './compiled-note';
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

/** Cards with their HTML; each table that table cards come from is rendered once, for all its cells. */
function renderCards(parsed: readonly Card[], env: NoteRenderEnv): { cards: CompiledCard[]; tables: string[] } {
  const tableIndex = new Map<string, number>();
  const tables: string[] = [];
  const cards = parsed.map(({ table, ...card }): CompiledCard => {
    const compiled: CompiledCard = {
      ...card,
      questionHtml: renderMarkdown(card.question, { ...env }),
      answerHtml: renderMarkdown(card.answer, { ...env }),
    };
    if (!table) return compiled;
    const { markdown, ...cell } = table;
    let index = tableIndex.get(markdown);
    if (index === undefined) {
      index = tables.push(renderMarkdown(markdown, { ...env, cellIds: true })) - 1;
      tableIndex.set(markdown, index);
    }
    return { ...compiled, table: { ...cell, index } };
  });
  return { cards, tables };
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
    return {
      ...base,
      title: fileNameOf(id),
      cards: [],
      tables: [],
      warnings: [decoded.warning],
      body: { segments: [], toc: [] },
    };
  }
  const note = parseNote(decoded.text, { fileName: fileNameOf(id) });
  const env: NoteRenderEnv = content ? { links: { ...content, noteId: id } } : {};
  const parsedCards = buildNoteCards(id, note);
  const { cards, tables } = renderCards(parsedCards, env);
  return {
    ...base,
    title: note.title,
    date: note.frontMatter.date ?? null,
    tags: note.frontMatter.tags,
    difficulty: note.frontMatter.difficulty ?? null,
    cards,
    tables,
    warnings: note.warnings,
    body: splitNoteBody(note.body, {
      env,
      sections: note.sections,
      cards: parsedCards.filter((card) => card.kind === 'qa'),
      // The body is the normalised text minus the front matter's lines.
      bodyLineOffset: lineCount(normalizeText(decoded.text)) - lineCount(note.body),
    }),
  };
}
