import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './precompress';

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
 */
const VENDOR_CHUNKS = [
  { name: 'charts', test: CHARTS },
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
  { name: 'router', test: /node_modules[\\/](react-router|cookie|set-cookie-parser)[\\/]/ },
  { name: 'query', test: /node_modules[\\/]@tanstack[\\/]/ },
  { name: 'vendor', test: /node_modules[\\/]/ },
  // Quayside's own modules that several chunks use (data hooks, design system) in one file, not a dozen tiny ones.
  { name: 'shared', test: /web[\\/]src[\\/]/, minShareCount: 2 },
];

// The UI is served by Quayside itself from web/dist; in development `npx vite --config web/vite.config.ts`
// proxies the API to a Quayside on port 3000.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react(), precompress()],
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
