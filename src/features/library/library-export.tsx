import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fileKindOf, listDecks, noteIdFromPath, topDeckOf, type NoteSummary } from '../../core';
import { db, readLibraryFiles } from '../../db';
import { downloadFile } from '../../ui/download-file';

const inDeck = (deck: string) => (note: NoteSummary) => deck === '' || note.id.startsWith(`${deck}/`);

/**
 * The library out again: an Anki import file (the `cards --anki` format)
 * or a zip of the notes and images as they were imported, for a deck or
 * the whole library. The exporters load with the first use.
 */
export function LibraryExport({ notes }: { notes: readonly NoteSummary[] }) {
  const { t } = useTranslation();
  const decks = listDecks(notes);
  const [deck, setDeck] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const name = deck === '' ? 'mundap-library' : `mundap-${deck.replaceAll('/', '-')}`;

  const exportAnki = async (): Promise<void> => {
    const { toAnkiText } = await import('../../core/export/anki-text');
    const chosen = notes.filter(inDeck(deck));
    downloadFile(
      toAnkiText(chosen.map((note) => ({ noteId: note.id, tags: note.tags, cards: note.cards }))),
      'text/plain',
      `${name}-anki.txt`,
    );
    setMessage(t('library.export.done', { count: chosen.length }));
  };

  const exportZip = async (): Promise<void> => {
    const [{ zipSync }, all] = await Promise.all([import('fflate'), readLibraryFiles(db, deck || undefined)]);
    // The same notes as the Anki file: those shown (a deck turned off is left out), with the images of their decks.
    const shown = new Set(notes.filter(inDeck(deck)).map((note) => note.id));
    const decks = new Set([...shown].map(topDeckOf));
    const files = all.filter((file) =>
      fileKindOf(file.path) === 'note' ? shown.has(noteIdFromPath(file.path)) : decks.has(topDeckOf(file.path)),
    );
    const zip = zipSync(Object.fromEntries(files.map((file) => [file.path, file.bytes])));
    downloadFile(zip as Uint8Array<ArrayBuffer>, 'application/zip', `${name}.zip`);
    setMessage(t('library.export.done', { count: shown.size }));
  };

  return (
    <section className="panel" aria-labelledby="library-export-title">
      <h2 id="library-export-title">{t('library.export.title')}</h2>
      <p>{t('library.export.intro')}</p>
      <div className="actions">
        <label>
          <span>{t('library.export.scope')} </span>
          <select value={deck} onChange={(event) => setDeck(event.target.value)}>
            <option value="">{t('library.export.all')}</option>
            {decks.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button secondary" onClick={() => void exportAnki()}>
          {t('library.export.anki')}
        </button>
        <button type="button" className="button secondary" onClick={() => void exportZip()}>
          {t('library.export.zip')}
        </button>
      </div>
      <p aria-live="polite">{message ?? ''}</p>
    </section>
  );
}
