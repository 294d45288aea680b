import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { Response } from 'express';

/** The content types a download may have, by the file's extension. */
export const downloadTypes = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  /** A PGlite data-directory snapshot (a backup). */
  tar: 'application/x-tar',
  /** A `pg_dump` custom-format archive (a backup). */
  dump: 'application/octet-stream',
} as const;
export type DownloadFormat = keyof typeof downloadTypes;

/** A file's name as browsers receive it: the real (often Chinese) one and a plain-ASCII fallback. */
export interface DownloadFileName {
  utf8: string;
  ascii: string;
}

/**
 * A file a service answers with: what it is, what it is called, and how to write it. The route layer
 * sends it (sendDownload), so services never see Express's response.
 */
export class Download {
  readonly format: DownloadFormat;
  readonly fileName: DownloadFileName;
  /** Writes the file into `out` (the response) and resolves when it is written. */
  readonly write: (out: Writable) => Promise<void>;
  /** Known for a file held in memory; a streamed one is sent chunked. */
  readonly byteLength: number | null;

  constructor(options: {
    format: DownloadFormat;
    fileName: DownloadFileName;
    write: (out: Writable) => Promise<void>;
    byteLength?: number;
  }) {
    this.format = options.format;
    this.fileName = options.fileName;
    this.write = options.write;
    this.byteLength = options.byteLength ?? null;
  }

  get contentType(): string {
    return downloadTypes[this.format];
  }

  /** A file already in memory (a template, a small workbook). */
  static ofBytes(format: DownloadFormat, fileName: DownloadFileName, bytes: Buffer): Download {
    return new Download({
      format,
      fileName,
      byteLength: bytes.length,
      write: async (out) => {
        out.end(bytes);
        await finished(out);
      },
    });
  }
}

/** The ASCII fallback of a name: what is not printable ASCII, and quotes and backslashes, become `_`. */
export function asciiFileName(utf8: string): string {
  return utf8.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
}

/**
 * The one Content-Disposition of every download: `attachment` with the ASCII fallback (RFC 6266) and
 * the UTF-8 name (RFC 5987 `filename*`), so Chinese names survive in every current browser.
 */
export function contentDisposition(name: DownloadFileName): string {
  return `attachment; filename="${asciiFileName(name.ascii)}"; filename*=UTF-8''${encodeRfc5987(name.utf8)}`;
}

/** encodeURIComponent leaves ' ( ) * unescaped, which RFC 5987's attr-char does not allow. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Sends a download: its headers, then its bytes as they are written (never cached: reports change). */
export async function sendDownload(res: Response, download: Download): Promise<void> {
  res.status(200);
  res.setHeader('Content-Type', download.contentType);
  res.setHeader('Content-Disposition', contentDisposition(download.fileName));
  res.setHeader('Cache-Control', 'no-store');
  if (download.byteLength !== null) res.setHeader('Content-Length', download.byteLength);
  await download.write(res);
}
