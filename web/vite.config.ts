import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const TEXT = /\.(js|css|html|svg|json|txt)$/;
/** Below this a compressed copy saves less than its own headers cost. */
const MIN_BYTES = 1024;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * Writes a Brotli (.br) and a gzip (.gz) copy next to every text file of the build, at the highest
 * settings: compressed once here, the server sends them as they are (@fastify/static's preCompressed)
 * instead of compressing the same files again for every browser.
 */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'quayside-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = join(config.root, config.build.outDir);
    },
    closeBundle() {
      for (const file of filesUnder(outDir)) {
        if (!TEXT.test(file)) continue;
        const content = readFileSync(file);
        if (content.length < MIN_BYTES) continue;
        writeFileSync(`${file}.br`, brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }));
        writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
      }
    },
  };
}

/**
 * recharts and what it brings along, which only the workspace overviews use (web/src/ui/charts), with
 * that module: a chunk of their own, downloaded when an overview opens and never with the sign-in page
 * or the mobile app. The bundle budget test (test-browser/bundle-budget.test.ts) holds that.
 */
const CHARTS = /node_modules[\\/](recharts|victory-vendor|d3-[a-z-]+|internmap|@reduxjs|redux|redux-thunk|react-redux|reselect|immer|decimal\.js-light|es-toolkit|eventemitter3|tiny-invariant|use-sync-external-store|react-is|clsx)[\\/]|web[\\/]src[\\/]ui[\\/]charts[\\/]/;

/**
 * Libraries in chunks of their own, named after what they hold: they change far less often than the
 * screens, so a new release of Quayside leaves them in the browser's cache. Each workspace and the
 * mobile app are chunks too, through the routes' dynamic imports (app/App.tsx).
 *
 * A group takes the modules its members import too, unless a group before it took them: so the charts
 * come last, and find React, the design system and the data hooks already in the chunks every page loads.
 */
/** Libraries a screen loads on demand (the camera's bar code decoder): never in a chunk every page loads. */
const ON_DEMAND = /node_modules[\\/](barcode-detector|zxing-wasm|type-fest|sha\.js)[\\/]/;

const VENDOR_CHUNKS = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
  { name: 'router', test: /node_modules[\\/](react-router|cookie|set-cookie-parser)[\\/]/ },
  { name: 'query', test: /node_modules[\\/]@tanstack[\\/]/ },
  { name: 'vendor', test: (id: string) => /node_modules[\\/]/.test(id) && !CHARTS.test(id) && !ON_DEMAND.test(id) },
  // Quayside's own modules that several chunks use (data hooks, design system) in one file, not a dozen tiny ones.
  { name: 'shared', test: (id: string) => /web[\\/]src[\\/]/.test(id) && !CHARTS.test(id), minShareCount: 2 },
  { name: 'charts', test: CHARTS },
];

// The UI is served by Quayside itself from web/dist; in development `npx vite --config web/vite.config.ts`
// proxies the API to a Quayside on port 3000.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [
    react(),
    // The service worker of the mobile app (web/src/sw.ts, ADR 0023): it precaches the app shell, that is
    // the page and what the sign-in page and the mobile app load first; the desk's screens and the charts
    // are kept only once loaded.
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      injectRegister: false,
      manifest: false,
      injectManifest: {
        globPatterns: ['index.html', 'assets/*.{js,css}'],
        globIgnores: ['assets/charts-*', 'assets/*Workspace-*', 'assets/*Overview-*', 'assets/CameraScanner-*', 'assets/ponyfill-*', 'assets/zxing_reader-*'],
      },
    }),
    precompress(),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Source maps would publish the UI's sources to anyone who asks; the server refuses *.map as well.
    sourcemap: false,
    // Which file each source module ended up in: the bundle budget test follows a route's imports through it.
    manifest: true,
    rolldownOptions: {
      output: {
        // Rolldown's form of Rollup's manualChunks; earlier groups take precedence.
        codeSplitting: { groups: VENDOR_CHUNKS.map((group, i) => ({ ...group, priority: VENDOR_CHUNKS.length - i })) },
      },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:3000', '/openapi.json': 'http://localhost:3000' },
  },
});
