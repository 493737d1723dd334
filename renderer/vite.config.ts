/**
 * The planner as a plain web app (`npm run web`, end-to-end tests). electron-vite builds the same
 * renderer for the desktop from `electron.vite.config.ts`, which reuses `rendererConfig`.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { CONTENT_SECURITY_POLICY_META } from '../shared/csp.ts';

// Not import.meta.dirname: electron-vite bundles this file elsewhere and rewrites only import.meta.url.
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

export const alias = {
  '@shared': `${repoRoot}shared`,
  '@renderer': `${repoRoot}renderer/src`,
};

/**
 * The CSP as a <meta> in built pages (the web build and the e2e tests run under it). Not in dev:
 * the React refresh preamble is an inline script.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'slotboard-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY_META },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export const rendererConfig: UserConfig = {
  root: `${repoRoot}renderer`,
  resolve: { alias },
  plugins: [react(), contentSecurityPolicy()],
};

export default defineConfig({
  ...rendererConfig,
  build: { outDir: `${repoRoot}dist/web`, emptyOutDir: true },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
