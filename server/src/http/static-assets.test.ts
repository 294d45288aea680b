import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../testing/test-app.ts';

// Serving the built client does not depend on the database, so one driver is enough.
describe('the built client', () => {
  const script = `export const answer = ${JSON.stringify('云标看板 '.repeat(200))};\n`;
  const brotli = brotliCompressSync(script);
  const gzipped = gzipSync(script);
  let clientDir: string;
  let ctx: TestContext;
  beforeAll(async () => {
    clientDir = await mkdtemp(path.join(tmpdir(), 'cloudstd-client-'));
    await mkdir(path.join(clientDir, 'assets'));
    await writeFile(path.join(clientDir, 'index.html'), '<!doctype html><title>云标看板</title>');
    const asset = path.join(clientDir, 'assets', 'main-abc123.js');
    await writeFile(asset, script);
    await writeFile(`${asset}.br`, brotli);
    await writeFile(`${asset}.gz`, gzipped);
    await writeFile(path.join(clientDir, 'assets', 'logo-abc123.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    ctx = await createTestContext('pglite', { clientDir });
  });
  afterAll(async () => {
    await ctx.close();
    await rm(clientDir, { recursive: true, force: true });
  });

  it('sends the precompressed brotli copy to a browser that accepts it, cached for a year', async () => {
    const res = await request(ctx.app)
      .get('/assets/main-abc123.js')
      .set('Accept-Encoding', 'gzip, deflate, br')
      .expect(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^text\/javascript|^application\/javascript/);
    expect(res.headers.vary).toMatch(/Accept-Encoding/i);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    // The copy written at build time, byte for byte (supertest decodes it for the comparison below).
    expect(Number(res.headers['content-length'])).toBe(brotli.length);
    expect(res.text).toBe(script);
  });

  it('falls back to gzip, then to the file itself', async () => {
    const gzipResponse = await request(ctx.app)
      .get('/assets/main-abc123.js')
      .set('Accept-Encoding', 'gzip')
      .expect(200);
    expect(gzipResponse.headers['content-encoding']).toBe('gzip');
    expect(Number(gzipResponse.headers['content-length'])).toBe(gzipped.length);
    expect(gzipResponse.text).toBe(script);

    const plain = await request(ctx.app).get('/assets/main-abc123.js').set('Accept-Encoding', 'identity').expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.text).toBe(script);
  });

  it('sends files without a compressed copy as they are', async () => {
    const res = await request(ctx.app).get('/assets/logo-abc123.png').set('Accept-Encoding', 'br, gzip').expect(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['content-type']).toBe('image/png');
  });

  it('answers 404 for a missing asset instead of the page, and the page for an app route', async () => {
    await request(ctx.app).get('/assets/gone-000000.js').set('Accept-Encoding', 'br').expect(404);
    const page = await request(ctx.app).get('/dashboard').set('Accept', 'text/html').expect(200);
    expect(page.text).toContain('云标看板');
    expect(page.headers['cache-control']).toBe('no-cache');
  });
});
