import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The panel is served by the CMS at /panel, so every asset URL starts with /panel/. In
 * development the Vite server forwards /api to the CMS (RUMIS_API_URL, default
 * http://localhost:1337), which keeps the session cookie same-origin.
 */
export default defineConfig({
  base: '/panel/',
  plugins: [react()],
  resolve: {
    alias: {
      // The role table is compiled from source so the panel and the server share one copy.
      '@rumis/access': fileURLToPath(new URL('../plugins/access/src/index.ts', import.meta.url)),
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Dependencies go into their own chunk, which stays cached between panel releases. react-admin
    // with MUI makes it about 1 MB minified (325 kB gzipped), hence the raised warning limit.
    chunkSizeWarningLimit: 1600,
    rollupOptions: {
      output: {
        manualChunks: (id) => (id.includes('/node_modules/') ? 'vendor' : undefined),
      },
    },
  },
  server: {
    proxy: {
      '/api': { target: process.env.RUMIS_API_URL ?? 'http://localhost:1337' },
    },
  },
});
