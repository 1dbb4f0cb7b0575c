import {
  fileKindOf,
  IMPORT_LIMITS,
  planImport,
  prepareImport,
  readZip,
  type FileKind,
  type ImportPlan,
  type PreparedImport,
  type SkippedFile,
  type ZipRefusal,
} from '../../core';
import type { ImportProgress, ImportRequest, PickedFile } from './import-messages';

export type PickedResult =
  | { kind: 'done'; prepared: PreparedImport; skipped: SkippedFile[] }
  | { kind: 'refused'; zip: string; refusal: ZipRefusal };

const isZip = (path: string): boolean => /\.zip$/i.test(path);

/**
 * Reads what the learner picked and compiles its notes: plain files and
 * folders by the plan, zips expanded (a refused zip refuses the whole
 * import, so nothing of it is half taken). Runs in the import worker; it
 * is a function of its own so tests and the page's fallback run it too.
 */
export async function preparePickedFiles(
  request: ImportRequest,
  onProgress: (progress: ImportProgress) => void,
): Promise<PickedResult> {
  const libraryPaths = new Set(request.known.libraryPaths);
  // A zip picked on its own is read; one inside a picked folder is listed, not opened (where would its notes go?).
  const zips = request.files.filter((picked) => isZip(picked.path) && !picked.path.includes('/'));
  const nested = request.files.filter((picked) => isZip(picked.path) && picked.path.includes('/'));
  const loose = request.files.filter((picked) => !isZip(picked.path));
  const plan: ImportPlan = planImport(
    loose.map((picked) => ({ path: picked.path, size: picked.file.size })),
    libraryPaths,
  );
  const bySource = new Map<string, PickedFile>(loose.map((picked) => [picked.path, picked]));
  const files: { path: string; kind: FileKind; bytes: Uint8Array }[] = [];
  const skipped: SkippedFile[] = [
    ...plan.skipped,
    ...nested.map((picked) => ({ path: picked.path, reason: { code: 'zip-in-folder' as const } })),
  ];

  const total = plan.files.length + zips.length;
  let done = 0;
  for (const zip of zips) {
    onProgress({ phase: 'reading', done, total });
    if (zip.file.size > IMPORT_LIMITS.zipBytes) {
      return { kind: 'refused', zip: zip.path, refusal: { code: 'zip-too-large', bytes: zip.file.size } };
    }
    const result = readZip(new Uint8Array(await zip.file.arrayBuffer()), libraryPaths);
    if ('refusal' in result) return { kind: 'refused', zip: zip.path, refusal: result.refusal };
    skipped.push(...result.contents.plan.skipped);
    for (const file of result.contents.plan.files) {
      const bytes = result.contents.bytes.get(file.source);
      if (bytes) files.push({ path: file.path, kind: file.kind, bytes });
    }
    done += 1;
  }
  for (const file of plan.files) {
    onProgress({ phase: 'reading', done, total });
    const picked = bySource.get(file.source);
    if (picked)
      files.push({ path: file.path, kind: file.kind, bytes: new Uint8Array(await picked.file.arrayBuffer()) });
    done += 1;
  }
  const prepared = prepareImport(
    files,
    {
      noteIds: new Set(request.known.noteIds),
      images: new Set(request.known.libraryPaths.filter((path) => fileKindOf(path) === 'image')),
    },
    (compiled, notes) => onProgress({ phase: 'compiling', done: compiled, total: notes }),
  );
  return { kind: 'done', prepared, skipped: [...skipped, ...prepared.skipped] };
}
