import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { PRECACHE_GLOBS, PRECACHE_LARGEST_FILE, PRECACHE_LEFT_OUT } from './src/offline/precache-rules.ts';
import { WEB_APP_MANIFEST } from './src/offline/web-app-manifest.ts';

export default defineConfig({
  plugins: [
    react(),
    // Installable, and whole on the reader's machine after a first visit (src/offline/, docs/deploy.md).
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/offline',
      filename: 'service-worker.ts',
      // Registered by the app's own module (no inline script: the Content-Security-Policy forbids those).
      injectRegister: false,
      manifest: WEB_APP_MANIFEST,
      // The icons are among the build's files already (PRECACHE_GLOBS).
      includeManifestIcons: false,
      injectManifest: {
        globPatterns: PRECACHE_GLOBS,
        globIgnores: PRECACHE_LEFT_OUT,
        maximumFileSizeToCacheInBytes: PRECACHE_LARGEST_FILE,
      },
    }),
  ],
  base: './',
  // citation.js (the export's citations) brings node-fetch for the URLs it can fetch; the export never gives it one.
  resolve: {
    alias: { 'node-fetch': fileURLToPath(new URL('./src/export/no-network-fetch.ts', import.meta.url)) },
  },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1500 },
});
