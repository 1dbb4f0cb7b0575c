import { db, readLibraryFile } from '../db';

/**
 * Object URLs of the library's images, made once per image and dropped
 * when the library changes (a re-import may bring new bytes for a path).
 */
let urls = new Map<string, Promise<string | null>>();

export function libraryImageUrl(path: string): Promise<string | null> {
  let url = urls.get(path);
  if (!url) {
    url = readLibraryFile(db, path).then((blob) => (blob ? URL.createObjectURL(blob) : null));
    urls.set(path, url);
  }
  return url;
}

export function forgetLibraryImages(): void {
  const old = urls;
  urls = new Map();
  for (const url of old.values()) void url.then((href) => href && URL.revokeObjectURL(href));
}
