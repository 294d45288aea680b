/**
 * Bundles the server for production into server/dist/main.js: our workspaces (@cloudstd/*, TypeScript
 * source) are compiled in; npm packages stay external and load from node_modules. Running compiled
 * JavaScript instead of transpiling at start-up (tsx) starts faster and holds ~80 MB less memory.
 */
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export const serverBundlePath = new URL('../dist/main.js', import.meta.url).pathname;

export async function buildServer(): Promise<void> {
  await build({
    entryPoints: [new URL('../src/main.ts', import.meta.url).pathname],
    outfile: serverBundlePath,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
    plugins: [
      {
        name: 'npm-packages-external',
        setup(on) {
          // Bare specifiers other than our own workspaces: left to Node's resolution at run time.
          on.onResolve({ filter: /^[^./]/ }, (args) =>
            args.path.startsWith('@cloudstd/') ? undefined : { path: args.path, external: true },
          );
        },
      },
    ],
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await buildServer();
