import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * Libraries in chunks of their own, named after what they hold: they change far less often than the
 * screens, so a new release of Quayside leaves them in the browser's cache. Each workspace and the
 * mobile app are chunks too, through the routes' dynamic imports (app/App.tsx).
 */
const VENDOR_CHUNKS = [
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
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
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
