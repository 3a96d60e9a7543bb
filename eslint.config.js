import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * Layer and boundary rules live here (docs/architecture.md):
 * - a module imports another module only through its index.ts (tables excepted, for foreign keys);
 * - only repositories (and the db layer) import drizzle-orm query builders;
 * - the web reaches the server only through types, isomorphic schemas and pure helpers.
 */
const otherModuleInternals = {
  group: ['../*/*.service.ts', '../*/*.repository.ts', '../*/*.routes.ts', '../*/*.policy.ts', '../*/*.presenter.ts', '../*/*.middleware.ts'],
  message: 'Import another module only through its index.ts.',
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**', 'server/db/migrations/**', 'bench/results/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-syntax': ['error', { selector: 'TSEnumDeclaration', message: 'Use `as const` arrays and union types, not TypeScript enums.' }],
    },
  },
  {
    files: ['server/modules/**/*.ts'],
    ignores: ['server/modules/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [otherModuleInternals] }] },
  },
  {
    files: ['server/modules/**/*.service.ts', 'server/modules/**/*.routes.ts', 'server/modules/**/*.policy.ts', 'server/modules/**/*.presenter.ts', 'server/http/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'drizzle-orm', message: 'Only repositories touch SQL.' }, { name: 'pg', message: 'Only the db layer opens connections.' }],
          patterns: [otherModuleInternals],
        },
      ],
    },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { window: 'readonly', document: 'readonly', localStorage: 'readonly', fetch: 'readonly' } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/db/**', '**/server/modules/*/*.repository.ts', '**/server/modules/*/*.service.ts', '**/server/http/**', 'drizzle-orm', 'pg', '@electric-sql/*'],
              message: 'The web may use server types, schemas and pure helpers only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.test.ts', 'server/test/**', 'e2e/**', 'bench/**', 'scripts/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
);
