import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The client's feature folders: each may import only itself and the layers below it (api, components, lib). */
const clientFeatures = readdirSync(new URL('client/src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'data/**', 'test-results/**', '**/*.config.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { arguments: false, attributes: false } },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // No module may import itself back through others, on either side.
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver()],
      // Packages cannot import our code back: never parse them (pglite's bundle alone costs seconds).
      'import-x/ignore': ['node_modules'],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // Tests assert on loosely typed HTTP bodies; the assertions are the type check.
    files: ['**/*.test.ts', '**/*.e2e.ts', '**/testing/**', '**/testing.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // Frozen migrations work over an untyped schema by design.
    files: ['db/src/migrations/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  ...pluginQuery.configs['flat/recommended'].map((config) => ({ ...config, files: ['client/**/*.{ts,tsx}'] })),
  {
    files: ['client/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Imports flow one way: lib, components, api → features → app. A feature never imports another;
      // what several read lives in client/src/api (endpoints) or components (UI).
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...clientFeatures.map((feature) => ({
              target: `./client/src/features/${feature}`,
              from: './client/src/features',
              except: [`./${feature}`],
              message: 'Features do not import each other; share through client/src/api, components or lib.',
            })),
            {
              target: ['./client/src/api', './client/src/components', './client/src/lib'],
              from: ['./client/src/features', './client/src/app'],
              message: 'The shared layers serve every feature, so they import none.',
            },
            {
              target: './client/src/features',
              from: './client/src/app',
              message: 'The app composes the features, never the other way round.',
            },
            {
              target: './client',
              from: ['./db', './server'],
              message: 'The client talks to the server over HTTP only.',
            },
          ],
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@cloudstd/db/*', '@cloudstd/server/*'],
              message: 'The client talks to the server over HTTP only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@cloudstd/db/*', '@cloudstd/server/*', '@cloudstd/client/*'],
              message: 'shared depends on nothing of ours.',
            },
            { group: ['node:*'], message: 'shared runs in the browser too: no Node built-ins.' },
          ],
        },
      ],
    },
  },
  {
    files: ['server/src/features/*/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // Another feature's service and its types, yes (STYLE.md §12); its router, repository or internals, no.
              regex: '^\\.\\./(?![\\w-]+/[\\w.-]+\\.service\\.ts$)[^.]',
              message:
                'A feature uses another only through its *.service.ts; share the rest through shared/ or server/src/http.',
            },
            {
              regex: '/features/',
              message:
                'A feature uses another only through its *.service.ts; share the rest through shared/ or server/src/http.',
            },
          ],
        },
      ],
    },
  },
);
