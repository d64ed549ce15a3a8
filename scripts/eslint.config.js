// Lint rules, including the layer boundaries and the cycle rule the README describes ("How the code is
// organised"). The table in the README and LAYERS below say the same thing; scripts/eslint-boundaries.test.ts
// plants a forbidden import per rule and checks that lint fails.
import path from 'node:path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const ROOT = path.resolve(import.meta.dirname, '..');
const TEST_FILES = ['**/*.test.ts', '**/*.test.tsx', 'src/test/**', 'tests/**'];

/** Every folder of our code, as the boundary rules name it. */
const FOLDERS = [
  'src/domain',
  'src/i18n',
  'src/data',
  'src/store',
  'src/map',
  'src/components',
  'src/import',
  'src/app',
  'src/main.tsx',
  'src/test',
  'scripts',
  'tests',
];

/**
 * Which of our folders each folder may import (besides itself). Anything not listed is forbidden.
 * Test files (`*.test.ts(x)`, src/test/, tests/) follow TESTS instead of their folder's rule.
 */
export const LAYERS = {
  'src/domain': { may: [], why: 'src/domain/ is pure: it imports none of our other folders.' },
  'src/i18n': { may: ['src/domain'], why: 'src/i18n/ imports only src/domain/.' },
  'src/data': { may: ['src/domain'], why: 'src/data/ (fetch + validate) imports only src/domain/.' },
  'src/store': {
    may: ['src/domain'],
    why: 'src/store/ imports only src/domain/: boot hands it the loaders; text is translated by its readers.',
  },
  'src/map': {
    may: ['src/domain', 'src/store'],
    why: 'src/map/ imports only src/domain/ and src/store/: messages and data URLs come in through MapEnv.',
  },
  'src/components': {
    may: ['src/domain', 'src/store', 'src/i18n'],
    why: 'Components import src/domain/, src/store/ and src/i18n/ only: the map through the store, imports through ImportContext.',
  },
  'src/import': {
    may: ['src/domain', 'src/i18n'],
    why: 'src/import/ imports src/domain/ and src/i18n/ only: boot hands it the store as an ImportHost.',
  },
  'src/app': {
    may: ['src/domain', 'src/i18n', 'src/data', 'src/store', 'src/map', 'src/components', 'src/import'],
    why: 'src/app/ composes everything in src/, but not scripts or tests.',
  },
  'src/main.tsx': {
    may: ['src/app', 'src/components', 'src/store', 'src/domain'],
    why: 'src/main.tsx boots the app (src/app/boot.ts) and renders it.',
  },
  scripts: {
    may: ['src/domain'],
    // The benchmark launches Chromium and reads its traces exactly as the browser tests do.
    except: { tests: ['./e2e/chromium.ts', './e2e/longTasks.ts'] },
    why: 'Build scripts import only src/domain/ from the app: what they share with the map lives there.',
  },
};

/** Tests may import any module of the app except the two that start things when loaded. */
const TESTS = {
  forbidden: ['src/main.tsx', 'src/import/importWorker.ts'],
  why: 'Tests import public modules, never an entry point that starts the app or a worker when loaded.',
};

const restrictImports = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

const zonesFor = (folder, { may, why, except = {} }) =>
  FOLDERS.filter((f) => f !== folder && !may.includes(f)).map((from) => ({
    target: folder,
    from,
    message: why,
    ...(except[from] && { except: except[from] }),
  }));

const boundary = (zones) => ({
  'import-x/no-restricted-paths': ['error', { basePath: ROOT, zones }],
});

const folderRule = (folder) => {
  const layer = LAYERS[folder];
  return {
    files: folder.endsWith('.tsx') ? [folder] : [`${folder}/**/*.{ts,tsx,js,mjs}`],
    ignores: TEST_FILES,
    rules: boundary(zonesFor(folder, layer)),
  };
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-*/**',
      'public/data/**',
      'node_modules/**',
      'test-out/**',
      '.scratch/**',
      'tests/bench/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX },
    settings: {
      // import-x reads our TypeScript with typescript-eslint's parser (its flat "typescript" settings,
      // without the TypeScript resolver, which is not installed: Node's resolution with our extensions
      // finds every relative import, as the bundler does).
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/external-module-folders': ['node_modules', 'node_modules/@types'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json', '.d.ts'] }),
      ],
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      eqeqeq: ['error', 'smart'],
      // Type-only imports never make a cycle here: import-x's no-cycle skips `import type` by design.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  // Only src/map/ may touch MapLibre.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/map/**'],
    rules: restrictImports(['maplibre-gl', 'maplibre-gl/*'], 'Only src/map/ imports maplibre-gl.'),
  },
  // Pure domain code: no React, no zustand, no MapLibre.
  {
    files: ['src/domain/**/*.ts'],
    rules: restrictImports(
      [
        'react',
        'react-dom',
        'react/*',
        'react-dom/*',
        'zustand',
        'zustand/*',
        'maplibre-gl',
        'maplibre-gl/*',
      ],
      'src/domain/ is pure: it imports neither React, zustand nor MapLibre.',
    ),
  },
  // The layer boundaries, one rule per folder (LAYERS above).
  ...Object.keys(LAYERS).map(folderRule),
  // Tests: colocated *.test.ts(x), src/test/ helpers and tests/.
  {
    files: TEST_FILES,
    rules: boundary(TESTS.forbidden.map((from) => ({ target: '.', from, message: TESTS.why }))),
  },
);
