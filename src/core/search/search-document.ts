import { noteIdFromPath } from '../cards/card-id';
import type { ParsedNote } from '../note-types';
import { parseNote } from '../note/parse-note';
import { decodeNoteFile } from '../text/decode-note-file';
import { foldText } from './fold-text';
import { markdownLine, markdownText } from './markdown-text';
import type { SearchDocument } from './search-types';

/** What search needs of a parsed note. */
export type SearchableNote = Pick<ParsedNote, 'title' | 'body' | 'questions'> & { frontMatter: { tags: string[] } };

/** The searchable text of a parsed note. Runs at build time for bundled notes, in the browser for imported ones. */
export function searchDocumentOf(id: string, note: SearchableNote): SearchDocument {
  const nfc = (text: string): string => text.normalize('NFC');
  const { headings, blocks } = markdownText(nfc(note.body));
  const title = nfc(note.title);
  const titlePlain = foldText(title);
  return {
    id: nfc(id),
    title,
    tags: note.frontMatter.tags.map(nfc),
    // The title heading repeats the title; keeping it would only double its weight.
    headings: headings.filter((heading) => foldText(heading) !== titlePlain),
    questions: note.questions.map((question) => markdownLine(nfc(question.question))),
    answers: note.questions.map((question) => markdownLine(nfc(question.answer))).filter(Boolean),
    body: blocks,
  };
}

/** The searchable text of a note file, named like `compileNote` names it; never throws. */
export function searchDocumentOfFile(relativePath: string, bytes: Uint8Array): SearchDocument {
  const id = noteIdFromPath(relativePath);
  const fileName = id.slice(id.lastIndexOf('/') + 1);
  const decoded = decodeNoteFile(bytes);
  if ('warning' in decoded) {
    return { id, title: fileName, tags: [], headings: [], questions: [], answers: [], body: [] };
  }
  return searchDocumentOf(id, parseNote(decoded.text, { fileName }));
}
