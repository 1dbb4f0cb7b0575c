import type { Card } from '../card-types';
import { renderMarkdown } from '../render/render-markdown';

export interface AnkiNote {
  /** The note id (path under the content folder, no `.md`). */
  noteId: string;
  tags: string[];
  cards: Pick<Card, 'id' | 'question' | 'answer'>[];
}

/**
 * An Anki text-import file (Anki 2.1.54+ file headers). The card id is the
 * GUID, so importing again updates the same Anki notes instead of adding
 * duplicates; the folder path becomes the deck.
 */
export function toAnkiText(notes: AnkiNote[]): string {
  const header = [
    '#separator:tab',
    '#html:true',
    '#columns:Front\tBack\tDeck\tTags\tGUID',
    '#deck column:3',
    '#tags column:4',
    '#guid column:5',
  ];
  const rows = notes.flatMap((note) =>
    note.cards.map((card) =>
      [
        // Anki draws `\(…\)` math with its own MathJax; KaTeX HTML would need KaTeX's stylesheet.
        renderMarkdown(card.question, { mathAsTex: true }),
        renderMarkdown(card.answer, { mathAsTex: true }),
        ankiDeck(note.noteId),
        ankiTags(note.tags),
        card.id,
      ]
        .map(ankiField)
        .join('\t'),
    ),
  );
  return [...header, ...rows].join('\n') + '\n';
}

/** `Mundap::<folders>`: Anki nests decks with `::`. */
export function ankiDeck(noteId: string): string {
  const folders = noteId.split('/').slice(0, -1);
  return ['Mundap', ...folders].join('::');
}

/** Anki separates tags with spaces, so a tag's own spaces become `_`. */
function ankiTags(tags: string[]): string {
  return tags
    .map((tag) => tag.trim().replace(/\s+/g, '_'))
    .filter(Boolean)
    .join(' ');
}

/**
 * One field, quoted CSV-style so a quote in the text is not read as a field
 * delimiter; tabs and newlines become character references (the HTML means
 * the same, `<pre>` included) so each card stays on one row.
 */
function ankiField(value: string): string {
  const flat = value.trimEnd().replace(/\t/g, '&#9;').replace(/\r?\n/g, '&#10;');
  return `"${flat.replace(/"/g, '""')}"`;
}
