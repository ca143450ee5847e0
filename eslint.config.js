// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// The transaction, "now", operation ids and the worker's wake-up belong to the command shell (issue 12).
const COMMAND_SHELL_ONLY = [
  { selector: "CallExpression[callee.property.name='transaction']", message: 'Run the change through the command shell (runCommand / runOperation in src/platform/command.ts), or inTransaction / newTransaction (src/platform/db/transaction.ts); do not open a transaction by hand.' },
  { selector: "CallExpression[callee.name='applyOnce']", message: 'Use runOperation (src/platform/command.ts); it applies the operation id and wakes the worker after the commit.' },
];

export default defineConfig(
  {
    ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**', 'test-artifacts/**', 'web/dist/**', 'web/build/**', 'web/src/api/schema.ts', 'test-results/**'],
  },
  js.configs.recommended,
  {
    rules: {
      // A variable bound late for a closure declared earlier (e.g. the worker in main.ts) stays `let`.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // An unawaited promise is a lost error or a write that escapes its transaction.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      // State machines and event types are unions: a new member must be handled everywhere.
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['web/src/**/*.tsx', 'web/src/**/*.ts'],
    extends: [reactHooks.configs.flat['recommended-latest']],
  },
  {
    // The screens read and change data through the hooks in web/src/api, which own the cache keys and
    // what each change makes stale; a key written here could drift from its list or detail.
    files: ['web/src/workspaces/**/*.{ts,tsx}', 'web/src/mobile/**/*.{ts,tsx}', 'web/src/app/**/*.{ts,tsx}', 'web/src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "Property[key.name='queryKey'] > ArrayExpression", message: 'Query keys come from the key factories in web/src/api/query-keys.ts, through a hook in web/src/api.' },
        {
          selector: "CallExpression[callee.property.name=/^(invalidateQueries|setQueryData|removeQueries|refetchQueries|resetQueries)$/]",
          message: 'A mutation hook in web/src/api invalidates what its change makes stale (web/src/api/changes.ts).',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@tanstack/react-query',
              importNames: ['useQuery', 'useQueries', 'useSuspenseQuery', 'useInfiniteQuery', 'useQueryClient'],
              message: 'Read data through a hook in web/src/api (e.g. useWorkList), which keys it with the resource\'s key factory.',
            },
          ],
        },
      ],
    },
  },
  {
    // A route parses, calls one command or query, and shapes the answer (issue 12): the transaction, "now",
    // operation ids and the worker's wake-up belong to the command shell (src/platform/command.ts). Modules
    // never open a transaction by hand: a request's change is a command (runCommand, runOperation), a
    // command that composes with others takes its caller's transaction (inTransaction), and background
    // work that is no request (retention, dispatch) takes newTransaction (src/platform/db/transaction.ts).
    files: ['src/modules/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', ...COMMAND_SHELL_ONLY] },
  },
  {
    // ... and a route file writes nothing itself: an insert, update or delete is a command's.
    files: ['src/modules/*/http/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...COMMAND_SHELL_ONLY,
        { selector: "CallExpression[callee.property.name=/^(insertInto|updateTable|deleteFrom|replaceInto|mergeInto)$/]", message: 'A route does not write: move the change into a command (src/modules/<module>/commands).' },
      ],
    },
  },
  {
    // Tests read response bodies whose shape the assertions check; typing every body adds nothing.
    files: ['test/**/*.ts', 'test-browser/**/*.ts', '**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
  },
);
