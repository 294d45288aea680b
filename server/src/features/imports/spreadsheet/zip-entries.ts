/**
 * Reads a ZIP archive's central directory (its table of contents) without inflating anything, so an
 * XLSX can be refused before a library unpacks a decompression bomb into memory. Returns null when
 * the bytes are not a ZIP archive; `uncompressedBytes` is Infinity for ZIP64 entries.
 */
export function zipEntries(bytes: Buffer): { count: number; uncompressedBytes: number; names: string[] } | null {
  const LOCAL_HEADER = 0x04034b50;
  const END_OF_DIRECTORY = 0x06054b50;
  const DIRECTORY_ENTRY = 0x02014b50;
  if (bytes.length < 22 || bytes.readUInt32LE(0) !== LOCAL_HEADER) return null;
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (bytes.readUInt32LE(at) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  let uncompressedBytes = 0;
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== DIRECTORY_ENTRY) return null;
    const size = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    uncompressedBytes += size === 0xffffffff ? Infinity : size;
    names.push(bytes.toString('utf8', at + 46, Math.min(bytes.length, at + 46 + nameLength)));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { count, uncompressedBytes, names };
}
