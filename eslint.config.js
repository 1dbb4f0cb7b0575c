import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import { readdirSync } from 'node:fs';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = readdirSync('src/features', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const corePurity = [
  { group: ['react', 'react-*', 'react/*'], message: 'src/core is pure: no React.' },
  { group: ['dexie', 'dexie-*'], message: 'src/core is pure: storage lives in src/db.' },
  { group: ['zustand', 'zustand/*'], message: 'src/core is pure: state lives in src/state.' },
  { group: ['i18next', 'react-i18next'], message: 'src/core is pure: strings are translated in the UI.' },
  { group: ['node:*', 'fs', 'path'], message: 'src/core runs in the browser too.' },
  {
    group: [
      '**/db',
      '**/db/*',
      '**/state/*',
      '**/features/*',
      '**/ui/*',
      '**/app/*',
      '**/data/*',
      '**/hooks/*',
      'virtual:*',
    ],
    message: 'src/core depends on nothing else in src.',
  },
];
// Only the adapter talks to ts-fsrs, so an upgrade touches one file.
const tsFsrsOnlyInAdapter = {
  name: 'ts-fsrs',
  message: 'Use the scheduler adapter in src/core/scheduler/fsrs-adapter.ts.',
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['tsconfig.app.json', 'tsconfig.node.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-cycle': 'error',
      'import-x/no-duplicates': 'error',
      // Data flows one way: core ← db ← state ← features ← app. Features
      // never import each other; they meet only in src/app.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...features.map((name) => ({
              target: `./src/features/${name}`,
              from: './src/features',
              except: [`./${name}`],
              message: 'A feature never imports another feature; share through src/ui or meet in src/app.',
            })),
            { target: './src/!(app)/**', from: './src/app', message: 'Only main.tsx uses the app shell.' },
            { target: './src/db', from: ['./src/state', './src/features', './src/ui', './src/app'] },
          ],
        },
      ],
    },
  },
  {
    // The core is pure: it runs in Node (CLI, build plugin, tests) and the browser.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [tsFsrsOnlyInAdapter], patterns: corePurity }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB', 'navigator'],
    },
  },
  {
    files: ['src/core/scheduler/fsrs-adapter.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: corePurity }] },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/core/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [tsFsrsOnlyInAdapter] }] },
  },
);
