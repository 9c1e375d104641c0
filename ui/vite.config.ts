// Vite config for the Standpoint UI: builds into ui/dist (tauri.conf.json
// frontendDist) and runs the Vitest suite in jsdom.
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';

const repository = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  plugins: [svelte()],
  clearScreen: false,
  // The help dialog bundles the repository's NOTICE file (one copy of the
  // third-party notices): the dev server and Vitest may read the repository,
  // not only ui/ (a `?raw` import is checked with its query, so allowing
  // the one file is not enough).
  server: { port: 5173, strictPort: true, fs: { allow: [repository] } },
  build: { outDir: 'dist', target: 'es2022', emptyOutDir: true },
  resolve: process.env.VITEST ? { conditions: ['browser'] } : undefined,
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
    setupFiles: ['src/test-setup.ts'],
    // Tests check behaviour, not speed (benchmarks do that): a busy machine
    // must not fail a whole-app test for taking more than vitest's 5 s.
    testTimeout: 60_000,
  },
});
