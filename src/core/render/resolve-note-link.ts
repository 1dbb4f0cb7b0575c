/**
 * Where a link or image in a note points, decided when the note is
 * compiled: the compiler knows every note id and every file beside the
 * notes, so the browser never guesses.
 */
import { headingSlug } from './heading-slug';

export type LinkTarget =
  | { kind: 'external'; href: string }
  | { kind: 'anchor'; href: string }
  | { kind: 'note'; noteId: string; href: string }
  | { kind: 'asset'; href: string }
  /** A note or file that does not exist in this content folder. */
  | { kind: 'dead'; target: string };

export interface LinkContext {
  /** Id of the note the link is written in. */
  noteId: string;
  hasNote(id: string): boolean;
  /** URL of a file under the content folder (path relative to it), or null when there is none. */
  assetUrl(contentPath: string): string | null;
}

/** The app URL of a note, each segment percent-encoded (`c#.md`, `100%.md`). */
export function notePath(noteId: string): string {
  return '/notes/' + noteId.split('/').map(encodeURIComponent).join('/');
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * A link's path relative to the content folder: relative paths resolve
 * against the note's folder; `/docs/…` (the real notebook's docs root, which
 * is our content folder) and other `/`-rooted paths against the folder
 * itself. Null when `..` climbs out of the folder.
 */
export function contentPathOf(noteId: string, href: string): string | null {
  const bare = safeDecode(href.replace(/[?#].*$/s, '')).normalize('NFC');
  const rooted = bare.startsWith('/');
  const start = rooted ? [] : noteId.split('/').slice(0, -1);
  const relative = rooted ? bare.replace(/^\/(docs\/)?/, '') : bare;
  const parts = [...start];
  for (const segment of relative.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(segment);
  }
  return parts.join('/');
}

/**
 * Authors link to sections the way GitHub names them (`#1-핵심-개념`);
 * running the fragment through our own slug gives the id we put on that
 * heading (`#h-1-핵심-개념`).
 */
function headingFragment(href: string): string {
  const hash = href.indexOf('#');
  return hash < 0 || hash === href.length - 1 ? '' : '#' + headingSlug(safeDecode(href.slice(hash + 1)));
}

/** Classifies an href that markdown-it already accepted as safe (no javascript:, data:, …). */
export function resolveLink(href: string, context: LinkContext): LinkTarget {
  if (href.startsWith('#')) return { kind: 'anchor', href: headingFragment(href) || href };
  if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(href)) return { kind: 'external', href };
  const contentPath = contentPathOf(context.noteId, href);
  if (contentPath === null || contentPath === '') return { kind: 'dead', target: safeDecode(href) };
  if (/\.md$/i.test(contentPath)) {
    const noteId = contentPath.slice(0, -3);
    return context.hasNote(noteId)
      ? { kind: 'note', noteId, href: notePath(noteId) + headingFragment(href) }
      : { kind: 'dead', target: contentPath };
  }
  const asset = context.assetUrl(contentPath);
  return asset === null ? { kind: 'dead', target: contentPath } : { kind: 'asset', href: asset };
}
