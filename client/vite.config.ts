import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';

import { precompress } from './vite-precompress';

// The API checks Origin against Host on writes, so the proxy must keep the browser's Host header.
const apiServer: ProxyOptions = { target: 'http://localhost:3000', changeOrigin: false };
const proxy = { '/api': apiServer, '/healthz': apiServer, '/readyz': apiServer };

export default defineConfig({
  plugins: [react(), precompress()],
  server: { port: 5173, strictPort: true, proxy },
  preview: { port: 4173, strictPort: true, proxy },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    reportCompressedSize: true,
    rolldownOptions: {
      output: {
        // Long-lived vendor chunks; antd is left to automatic splitting so each lazy page loads only
        // the components it uses and the sign-in page stays small.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 20 },
            { name: 'query', test: /node_modules[\\/]@tanstack[\\/]/, priority: 10 },
          ],
        },
      },
    },
  },
});
