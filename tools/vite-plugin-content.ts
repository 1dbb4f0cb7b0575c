import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Logger, Plugin, ViteDevServer } from 'vite';
import {
  compareText,
  compileNote,
  noteIdFromPath,
  searchDocumentOfFile,
  type CompiledNote,
  type NoteSummary,
  type SearchDocument,
} from '../src/core';

/**
 * Compiles every note under the content folder at build time into
 *   virtual:mundap-content  → `notes` (summaries with cards as HTML) and
 *                             `loadNoteBody(id)` (a lazy chunk per note body),
 * so the browser never parses markdown for bundled notes and the first screen
 * does not carry every note's body. Images beside the notes become build
 * assets (served from the folder by the dev server) that the HTML points at.
 */
const CONTENT_ID = 'virtual:mundap-content';
const BODY_PREFIX = 'virtual:mundap-note-html/note-';
// `documents`: every note's searchable text, imported only when search is first used.
const SEARCH_ID = 'virtual:mundap-search';

/** The image types a note may show; the service worker precaches the same list (tools/pwa-options.ts). */
export const NOTE_IMAGE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'gif', 'webp', 'svg', 'avif'];
const IMAGE_FILE = new RegExp(`\\.(${NOTE_IMAGE_EXTENSIONS.join('|')})$`, 'i');
// Stands for an image's URL in the compiled HTML until the module code imports the image (see withAssetImports).
const assetMarker = (index: number): string => `__MUNDAP_ASSET_${index}__`;

function listFiles(root: string, pattern: RegExp): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => pattern.test(file) && statSync(path.join(root, file)).isFile())
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

export interface CompiledFolder {
  notes: CompiledNote[];
  /** Absolute paths of the images the notes show, by marker index. */
  assets: string[];
}

export function compileContentFolder(root: string): CompiledFolder {
  const files = listFiles(root, /\.md$/i);
  const noteIds = new Set(files.map(noteIdFromPath));
  const images = new Map(listFiles(root, IMAGE_FILE).map((file) => [file.normalize('NFC'), file]));
  const assets: string[] = [];
  const context = {
    hasNote: (id: string) => noteIds.has(id),
    assetUrl: (contentPath: string): string | null => {
      const file = images.get(contentPath);
      if (file === undefined) return null;
      const absolute = path.join(root, file);
      const index = assets.indexOf(absolute);
      return assetMarker(index >= 0 ? index : assets.push(absolute) - 1);
    },
  };
  const notes = files
    .map((file) => compileNote(file, new Uint8Array(readFileSync(path.join(root, file))), context))
    .sort((a, b) => compareText(a.id, b.id));
  return { notes, assets };
}

/**
 * `export const name = value` as module code, with each asset marker in
 * the JSON replaced by an imported URL, so Vite emits the image (hashed,
 * in build) or serves it (in dev) and the HTML points at it.
 */
function withAssetImports(name: string, value: unknown, assets: string[]): string {
  const imports = new Map<string, string>();
  const json = JSON.stringify(value).replace(/__MUNDAP_ASSET_(\d+)__/g, (_marker, index: string) => {
    const local = `asset${index}`;
    imports.set(local, assets[Number(index)] ?? '');
    return `" + ${local} + "`;
  });
  // `?no-inline`: a file URL even for small images, never a data: URL in the note's HTML.
  const lines = [...imports].map(([local, file]) => `import ${local} from ${JSON.stringify(file + '?no-inline')};`);
  return [...lines, `export const ${name} = ${json};`].join('\n');
}

export function mundapContent(options: { dir: string }): Plugin {
  const root = path.resolve(options.dir);
  let compiled: CompiledFolder | null = null;
  const folder = (): CompiledFolder => (compiled ??= compileContentFolder(root));
  const notes = (): CompiledNote[] => folder().notes;
  let buildLogger: Logger | null = null;
  let searchDocuments: SearchDocument[] | null = null;
  const searchable = (): SearchDocument[] =>
    (searchDocuments ??= listFiles(root, /\.md$/i).map((file) =>
      searchDocumentOfFile(file, new Uint8Array(readFileSync(path.join(root, file)))),
    ));

  return {
    name: 'mundap-content',
    configResolved(config) {
      if (config.command === 'build') buildLogger = config.logger;
    },
    buildStart() {
      // The author sees at build time what the app's health view will list.
      if (!buildLogger) return;
      const all = notes();
      const cards = all.reduce((sum, note) => sum + note.cards.length, 0);
      const flagged = all.filter((note) => note.warnings.length > 0);
      buildLogger.info(`mundap: ${all.length} notes, ${cards} cards from ${path.relative(process.cwd(), root) || '.'}`);
      for (const note of flagged) {
        buildLogger.warn(`  ${note.id}.md: ${note.warnings.map((warning) => warning.message).join('; ')}`);
      }
    },
    resolveId(id) {
      if (id === CONTENT_ID || id === SEARCH_ID || id.startsWith(BODY_PREFIX)) return '\0' + id;
      return null;
    },
    load(id) {
      if (id === '\0' + CONTENT_ID) {
        const all = notes();
        const summaries: NoteSummary[] = all.map(({ body: _body, ...summary }) => summary);
        const loaders = all
          .map((note, index) => `${JSON.stringify(note.id)}: () => import(${JSON.stringify(BODY_PREFIX + index)})`)
          .join(',\n');
        return [
          withAssetImports('notes', summaries, folder().assets),
          `const bodies = {\n${loaders}\n};`,
          'export function loadNoteBody(id) {',
          '  const load = Object.hasOwn(bodies, id) ? bodies[id] : undefined;',
          '  return load ? load().then((m) => m.default) : Promise.resolve(null);',
          '}',
        ].join('\n');
      }
      if (id === '\0' + SEARCH_ID) return `export const documents = ${JSON.stringify(searchable())};`;
      if (id.startsWith('\0' + BODY_PREFIX)) {
        const note = notes()[Number(id.slice(BODY_PREFIX.length + 1))];
        return [
          withAssetImports('body', note?.body ?? { segments: [], toc: [] }, folder().assets),
          'export default body;',
        ].join('\n');
      }
      return null;
    },
    configureServer(server: ViteDevServer) {
      // Editing a note while `npm run dev` runs shows the change on reload.
      server.watcher.add(root);
      const refresh = (file: string): void => {
        if (!file.startsWith(root) || !(file.endsWith('.md') || IMAGE_FILE.test(file))) return;
        compiled = null;
        searchDocuments = null;
        for (const mod of server.moduleGraph.idToModuleMap.values()) {
          if (mod.id?.startsWith('\0virtual:mundap-')) server.moduleGraph.invalidateModule(mod);
        }
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', refresh).on('add', refresh).on('unlink', refresh);
    },
  };
}
