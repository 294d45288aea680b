import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8-bom' | 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

/**
 * Decodes a text file the way Excel users produce them: a BOM decides (UTF-8, or UTF-16 from Excel's
 * "Unicode text"); else the bytes are UTF-8 if they are valid UTF-8; else GB18030, which Excel on
 * Chinese Windows writes (a superset of GBK and GB2312). Null when the bytes are not text at all.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } | null {
  let decoded: { text: string; encoding: TextEncoding };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    decoded = { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    decoded = { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    decoded = { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'utf-16be' };
  } else {
    try {
      decoded = { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
    } catch {
      decoded = { text: iconv.decode(Buffer.from(bytes), 'gb18030'), encoding: 'gb18030' };
    }
  }
  // NUL never appears in a spreadsheet's text; it does in binary files (PDF, images, old .xls).
  return decoded.text.includes('\u0000') ? null : decoded;
}
