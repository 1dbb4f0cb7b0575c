/**
 * Stable anchor ids for headings, Korean included: the text in lower case,
 * letters and digits of any script kept, everything else collapsed to `-`.
 * The `h-` prefix keeps a heading called "main" from taking an id the app
 * uses itself.
 */
export function headingSlug(text: string): string {
  const slug = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return `h-${slug || 'section'}`;
}

/** Makes each slug unique within one document: `h-a`, `h-a-2`, `h-a-3`. */
export function createSlugger(): (text: string) => string {
  const used = new Set<string>();
  return (text) => {
    const base = headingSlug(text);
    let id = base;
    // A heading literally named "a 2" must not take the id of the second "a".
    for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}
