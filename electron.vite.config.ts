/**
 * `electron-vite build` → out/main/index.js (ESM, as package.json is "type": "module"),
 * out/preload/index.cjs (one CommonJS file: sandboxed preloads can neither be ESM nor require
 * anything but `electron`), out/renderer/ (the planner, served by the app:// protocol).
 *
 * Main and preload bundle their dependencies (zod), so the packaged app needs no node_modules.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './renderer/vite.config.ts';

// electron-vite bundles this file (and what it imports) into one temporary file, and rewrites
// `import.meta.url` per source file but not `import.meta.dirname`: so paths come from the URL.
const root = fileURLToPath(new URL('.', import.meta.url));
const alias = {
  '@shared': resolve(root, 'shared'),
  '@renderer': resolve(root, 'renderer/src'),
};

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      outDir: resolve(root, 'out/main'),
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'electron/main/index.ts') },
      },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: resolve(root, 'out/preload'),
      externalizeDeps: false,
      isolatedEntries: true,
      rolldownOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    ...rendererConfig,
    root: resolve(root, 'renderer'),
    resolve: { ...rendererConfig.resolve, alias },
    build: {
      outDir: resolve(root, 'out/renderer'),
      emptyOutDir: true,
      rolldownOptions: {
        input: { index: resolve(root, 'renderer/index.html') },
      },
    },
  },
});
