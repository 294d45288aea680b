import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

// Text assets worth compressing; images and fonts are compressed already.
const compressible = /\.(js|mjs|css|html|svg|json|txt|map)$/;
// Below this a compressed copy saves less than the extra request headers cost.
const minimumBytes = 1024;

/**
 * Writes a brotli (.br) and a gzip (.gz) copy beside every text asset of the build, so the server sends
 * them as they are (express-static-gzip) instead of compressing each response on the fly.
 */
export function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'cloudstd-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async writeBundle(_options, bundle) {
      const files = Object.keys(bundle).filter((fileName) => compressible.test(fileName));
      await Promise.all(
        files.map(async (fileName) => {
          const filePath = path.join(outDir, fileName);
          const source = await readFile(filePath);
          if (source.length < minimumBytes) return;
          const [br, gz] = await Promise.all([
            brotli(source, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
              },
            }),
            gzipAsync(source, { level: constants.Z_BEST_COMPRESSION }),
          ]);
          await Promise.all([writeFile(`${filePath}.br`, br), writeFile(`${filePath}.gz`, gz)]);
        }),
      );
    },
  };
}
