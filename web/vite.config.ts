import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The UI is served by Quayside itself from web/dist; in development `npx vite --config web/vite.config.ts`
// proxies the API to a Quayside on port 3000.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  server: {
    proxy: { '/api': 'http://localhost:3000', '/openapi.json': 'http://localhost:3000' },
  },
});
