import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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
  {
    files: ['client/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
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
