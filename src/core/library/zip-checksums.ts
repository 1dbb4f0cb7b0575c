/**
 * The CRC-32 each entry of a zip declares in its central directory, and the
 * CRC-32 of bytes. fflate inflates an entry to the size its header states
 * and no further, so a header that lies about the size (a crafted bomb)
 * yields a cut-off file without an error; the checksum, computed over the
 * whole original data, tells the two apart.
 */
const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
/** The end record is 22 bytes plus a comment of at most 65,535. */
const END_SEARCH = 22 + 0xffff;

/**
 * Entry name → declared CRC-32, from the central directory. Names are
 * decoded as fflate decodes them (UTF-8 when the entry says so, else
 * Latin-1), so they match the keys of its output. Empty when the archive
 * has no readable directory (fflate then refuses it anyway).
 */
export function declaredChecksums(data: Uint8Array): Map<string, number> {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const checksums = new Map<string, number>();
  let end = -1;
  for (let at = data.length - 22; at >= Math.max(0, data.length - END_SEARCH); at -= 1) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return checksums;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let index = 0; index < count && at + 46 <= data.length; index += 1) {
    if (view.getUint32(at, true) !== DIRECTORY_ENTRY) break;
    const utf8 = (view.getUint16(at + 8, true) & 0x800) !== 0;
    const crc = view.getUint32(at + 16, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const nameBytes = data.subarray(at + 46, at + 46 + nameLength);
    const name = utf8 ? new TextDecoder().decode(nameBytes) : String.fromCharCode(...nameBytes);
    checksums.set(name, crc);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return checksums;
}
