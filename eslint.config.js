// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** `shared/` is pure TypeScript used by every part: no DOM, no Node, no Electron, no React. */
const sharedPurity = {
  files: ['shared/**/*.ts'],
  languageOptions: { globals: { ...globals.es2024 } },
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { group: ['node:*'], message: 'shared/ must stay pure: no Node built-ins.' },
          { group: ['electron', 'electron/*'], message: 'shared/ must stay pure: no Electron.' },
          {
            group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
            message: 'shared/ must stay pure: no React.',
          },
          { group: ['dexie', 'dexie-*'], message: 'shared/ must stay pure: storage lives in renderer/.' },
          {
            group: ['@renderer/*', '../renderer/*', '../../renderer/*', '../electron/*', '../../electron/*'],
            message: 'shared/ may not depend on the app.',
          },
          ...[
            'fs',
            'path',
            'os',
            'crypto',
            'child_process',
            'http',
            'https',
            'url',
            'events',
            'stream',
            'util',
          ].map((name) => ({ group: [name], message: 'shared/ must stay pure: no Node built-ins.' })),
        ],
      },
    ],
    'no-restricted-globals': [
      'error',
      ...[
        'window',
        'document',
        'navigator',
        'localStorage',
        'indexedDB',
        'process',
        'Buffer',
        'require',
        '__dirname',
      ].map((name) => ({ name, message: 'shared/ must stay pure: no DOM or Node globals.' })),
    ],
  },
};

export default tseslint.config(
  {
    ignores: ['node_modules', 'out', 'dist', 'release', 'test-results', 'playwright-report', 'bench-results'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'electron/*'],
              message: 'The renderer reaches Electron only through the host port.',
            },
            { group: ['node:*'], message: 'The renderer runs sandboxed: no Node built-ins.' },
          ],
        },
      ],
    },
  },
  {
    files: [
      'electron/**/*.ts',
      'server/**/*.ts',
      'scripts/**/*.ts',
      'e2e/**/*.ts',
      '*.{config,setup}.{ts,js}',
      'renderer/vite.config.ts',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The server's tests read JSON answers loosely (`any`): the assertions are what check their shape.
    files: ['server/test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  sharedPurity,
);
