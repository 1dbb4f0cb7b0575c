import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { compileNote, type CompiledNote, type NoteSummary } from '../src/core';

/**
 * Compiles every note under the content folder at build time into
 *   virtual:mundap-content  → `notes` (summaries with cards as HTML) and
 *                             `loadNoteHtml(id)` (a lazy chunk per note body),
 * so the browser never parses markdown for bundled notes and the first screen
 * does not carry every note's body.
 */
const CONTENT_ID = 'virtual:mundap-content';
const BODY_PREFIX = 'virtual:mundap-note-html/note-';

function listNoteFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.toLowerCase().endsWith('.md') && statSync(path.join(root, file)).isFile())
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

export function compileContentFolder(root: string): CompiledNote[] {
  return listNoteFiles(root)
    .map((file) => compileNote(file, new Uint8Array(readFileSync(path.join(root, file)))))
    .sort((a, b) => a.id.localeCompare(b.id, 'ko'));
}

export function mundapContent(options: { dir: string }): Plugin {
  const root = path.resolve(options.dir);
  let compiled: CompiledNote[] | null = null;
  const notes = (): CompiledNote[] => (compiled ??= compileContentFolder(root));

  return {
    name: 'mundap-content',
    resolveId(id) {
      if (id === CONTENT_ID || id.startsWith(BODY_PREFIX)) return '\0' + id;
      return null;
    },
    load(id) {
      if (id === '\0' + CONTENT_ID) {
        const all = notes();
        const summaries: NoteSummary[] = all.map(({ html: _html, ...summary }) => summary);
        const loaders = all
          .map((note, index) => `${JSON.stringify(note.id)}: () => import(${JSON.stringify(BODY_PREFIX + index)})`)
          .join(',\n');
        return [
          `export const notes = ${JSON.stringify(summaries)};`,
          `const bodies = {\n${loaders}\n};`,
          'export function loadNoteHtml(id) {',
          '  const load = bodies[id];',
          '  return load ? load().then((m) => m.default) : Promise.resolve(null);',
          '}',
        ].join('\n');
      }
      if (id.startsWith('\0' + BODY_PREFIX)) {
        const note = notes()[Number(id.slice(BODY_PREFIX.length + 1))];
        return `export default ${JSON.stringify(note?.html ?? '')};`;
      }
      return null;
    },
    configureServer(server: ViteDevServer) {
      // Editing a note while `npm run dev` runs shows the change on reload.
      server.watcher.add(root);
      const refresh = (file: string): void => {
        if (!file.startsWith(root) || !file.endsWith('.md')) return;
        compiled = null;
        for (const mod of server.moduleGraph.idToModuleMap.values()) {
          if (mod.id?.startsWith('\0virtual:mundap-')) server.moduleGraph.invalidateModule(mod);
        }
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', refresh).on('add', refresh).on('unlink', refresh);
    },
  };
}
