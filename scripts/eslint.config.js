// Lint rules, including the layer boundaries the README describes.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

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
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      eqeqeq: ['error', 'smart'],
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
    rules: restrict(['maplibre-gl', 'maplibre-gl/*'], 'Only src/map/ imports maplibre-gl.'),
  },
  // Pure domain code: no React, no store, no MapLibre, no UI.
  {
    files: ['src/domain/**/*.ts'],
    rules: restrict(
      [
        'react',
        'react-dom',
        'react/*',
        'zustand',
        'zustand/*',
        'maplibre-gl',
        '**/store/**',
        '**/components/**',
        '**/map/**',
        '**/app/**',
      ],
      'src/domain/ is pure: it imports neither React, zustand, MapLibre nor UI code.',
    ),
  },
  // The store holds plain data; it never reaches into UI or map code.
  {
    files: ['src/store/**/*.ts'],
    rules: restrict(
      ['react-dom', 'maplibre-gl', '**/components/**', '**/map/**', '**/app/**'],
      'src/store/ holds plain state only.',
    ),
  },
  // Components do not reach into the map adapter or the import machinery; src/app and main.tsx compose.
  {
    files: ['src/components/**/*.{ts,tsx}'],
    rules: restrict(
      ['maplibre-gl', '**/map/**', '**/app/**', '../import/*', '../../import/*', '../../import'],
      'Components talk to the map through the store and to imports through ImportContext; src/app composes.',
    ),
  },
);
