import { unzipSync, type UnzipFileInfo } from 'fflate';
import { IMPORT_LIMITS, planImport, type ImportPlan } from './import-files';
import { crc32, declaredChecksums } from './zip-checksums';

/**
 * Why a whole zip is refused. An archive that could write outside the
 * library or exhaust memory is not partly imported: nothing of it is taken.
 */
export type ZipRefusal =
  | { code: 'zip-too-large'; bytes: number }
  | { code: 'zip-too-many-entries'; entries: number }
  | { code: 'zip-unsafe-path'; path: string }
  | { code: 'zip-bomb'; path: string; ratio: number }
  /** An entry whose data does not match its checksum: damaged, or a header lying about its size. */
  | { code: 'zip-bad-entry'; path: string }
  | { code: 'zip-unreadable'; detail: string };

export interface ZipContents {
  plan: ImportPlan;
  /** The bytes of each planned file, by its `source` (the entry's name). */
  bytes: Map<string, Uint8Array>;
}

/**
 * An entry no bigger than this is never called a bomb: a short file of
 * spaces or a blank SVG compresses beyond 100:1 and is harmless.
 */
const RATIO_FLOOR = 64 * 1024;

/** `..` anywhere, a leading slash or a drive letter: the entry points outside the folder it unpacks into. */
function isUnsafePath(name: string): boolean {
  const path = name.replace(/\\/g, '/');
  return path.startsWith('/') || /^[a-z]:/i.test(path) || path.split('/').includes('..');
}

const ratioOf = (originalSize: number, size: number): number => originalSize / Math.max(size, 1);

function checkEntries(entries: readonly UnzipFileInfo[]): ZipRefusal | null {
  if (entries.length > IMPORT_LIMITS.zipEntries) return { code: 'zip-too-many-entries', entries: entries.length };
  let packed = 0;
  let unpacked = 0;
  for (const entry of entries) {
    if (isUnsafePath(entry.name)) return { code: 'zip-unsafe-path', path: entry.name };
    const ratio = ratioOf(entry.originalSize, entry.size);
    if (entry.originalSize > RATIO_FLOOR && ratio > IMPORT_LIMITS.zipRatio) {
      return { code: 'zip-bomb', path: entry.name, ratio: Math.round(ratio) };
    }
    packed += entry.size;
    unpacked += entry.originalSize;
  }
  const ratio = ratioOf(unpacked, packed);
  if (unpacked > RATIO_FLOOR && ratio > IMPORT_LIMITS.zipRatio)
    return { code: 'zip-bomb', path: '', ratio: Math.round(ratio) };
  return null;
}

/**
 * Reads a zip in two passes: the central directory first (names, sizes,
 * ratios), and only when every entry passes, the planned notes and images.
 * Sizes come from the archive's own headers; an entry whose inflated data
 * does not match its declared checksum (cut short by a lying size, or
 * damaged) refuses the zip.
 */
export function readZip(
  data: Uint8Array,
  libraryPaths: ReadonlySet<string> = new Set(),
): { contents: ZipContents } | { refusal: ZipRefusal } {
  if (data.length > IMPORT_LIMITS.zipBytes) return { refusal: { code: 'zip-too-large', bytes: data.length } };
  const entries: UnzipFileInfo[] = [];
  try {
    unzipSync(data, {
      filter: (entry) => {
        if (!entry.name.endsWith('/')) entries.push(entry);
        return false;
      },
    });
  } catch (error) {
    return { refusal: { code: 'zip-unreadable', detail: error instanceof Error ? error.message : String(error) } };
  }
  const refusal = checkEntries(entries);
  if (refusal) return { refusal };
  const plan = planImport(
    entries.map((entry) => ({ path: entry.name, size: entry.originalSize })),
    libraryPaths,
  );
  const wanted = new Set(plan.files.map((file) => file.source));
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(data, { filter: (entry) => wanted.has(entry.name) });
  } catch (error) {
    return { refusal: { code: 'zip-unreadable', detail: error instanceof Error ? error.message : String(error) } };
  }
  const checksums = declaredChecksums(data);
  for (const [name, bytes] of Object.entries(files)) {
    if (checksums.get(name) !== crc32(bytes)) return { refusal: { code: 'zip-bad-entry', path: name } };
  }
  return { contents: { plan, bytes: new Map(Object.entries(files)) } };
}
