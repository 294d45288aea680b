import type { Response } from 'superagent';

/** A supertest parser that keeps the body as raw bytes (CSV with its BOM, XLSX, PDF). */
export function binaryParser(res: Response, callback: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
}
