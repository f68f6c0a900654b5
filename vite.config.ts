import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  base: './',
  // citation.js (the export's citations) brings node-fetch for the URLs it can fetch; the export never gives it one.
  resolve: {
    alias: { 'node-fetch': fileURLToPath(new URL('./src/export/no-network-fetch.ts', import.meta.url)) },
  },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1500 },
});
