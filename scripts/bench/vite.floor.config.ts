import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** Builds the benchmark's floor page into .tmp/bench/floor with the app's own toolchain. */
export default defineConfig({
  root: 'scripts/bench/floor',
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: { outDir: '../../../.tmp/bench/floor', emptyOutDir: true, target: 'es2022' },
});
