/**
 * The planner as a plain web app (`npm run web`, end-to-end tests). electron-vite builds the same
 * renderer for the desktop from `electron.vite.config.ts`, which reuses `rendererConfig`.
 */
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type UserConfig } from 'vite';

const repoRoot = resolve(import.meta.dirname, '..');

export const alias = {
  '@shared': resolve(repoRoot, 'shared'),
  '@renderer': resolve(repoRoot, 'renderer/src'),
};

export const rendererConfig: UserConfig = {
  root: resolve(repoRoot, 'renderer'),
  resolve: { alias },
  plugins: [react()],
};

export default defineConfig({
  ...rendererConfig,
  build: { outDir: resolve(repoRoot, 'dist/web'), emptyOutDir: true },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
