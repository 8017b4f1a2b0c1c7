// Flat config. Layering (ARCHITECTURE.md) is enforced here as well as by each folder's tsconfig:
// core imports nothing of ours, templates only core, renderer never electron or templates.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

const layer = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'release', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['core/**/*.ts'],
    rules: layer(
      ['**/electron/**', '**/renderer/**', '**/templates/**', 'node:*', 'fs', 'path', 'electron'],
      'core/ is pure: no I/O, no Node, no DOM (ARCHITECTURE.md).',
    ),
  },
  {
    files: ['templates/**/*.ts'],
    rules: layer(
      ['**/electron/**', '**/renderer/**', 'node:*'],
      'templates/ may import core/ only.',
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...layer(
        ['**/electron/**', '**/templates/**', 'node:*'],
        'renderer/ talks to the app only through renderer/src/api.',
      ),
    },
  },
  {
    files: [
      'electron/**/*.ts',
      'scripts/**/*.{js,mjs,ts}',
      'bench/**/*.ts',
      'tests/**/*.ts',
      '*.js',
      '*.ts',
    ],
    languageOptions: { globals: globals.node },
  },
  prettier,
);
