import type { PickedFile } from './import-messages';

/** Every file under a dropped folder entry, with its path from the dropped item. */
async function filesOfEntry(entry: FileSystemEntry, prefix: string): Promise<PickedFile[]> {
  const path = `${prefix}${entry.name}`;
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    return [{ path, file }];
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const children: FileSystemEntry[] = [];
  // readEntries returns a batch at a time (100 in Chromium) until it returns none.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) break;
    children.push(...batch);
  }
  return (await Promise.all(children.map((child) => filesOfEntry(child, `${path}/`)))).flat();
}

/** What was dropped on the page: files, whole folders (walked) and zips, each with its relative path. */
export async function collectDroppedFiles(transfer: DataTransfer): Promise<PickedFile[]> {
  const entries = [...transfer.items].flatMap((item) => {
    const entry = item.kind === 'file' ? item.webkitGetAsEntry?.() : null;
    return entry ? [entry] : [];
  });
  if (entries.length === 0) return [...transfer.files].map((file) => ({ path: file.name, file }));
  return (await Promise.all(entries.map((entry) => filesOfEntry(entry, '')))).flat();
}

/** Files from an <input type="file">, with the folder path when a folder was chosen. */
export function pickedFilesOf(list: FileList): PickedFile[] {
  return [...list].map((file) => ({ path: file.webkitRelativePath || file.name, file }));
}
