// ESLint for the TypeScript and the scripts (`npm run lint`, run by `npm test` after the type-check).
// Type-aware (typescript-eslint's project service reads tsconfig.json): what the compiler lets
// through but still breaks at run time — a promise nobody awaits (an LSP handler that fails silently),
// a promise where a callback expects void, `any` flowing out of JSON.parse into typed code. Layout is
// Prettier's job (`prettier --check` in the same script); ESLint only keeps lines to 140 characters,
// which Prettier cannot do for strings and comments.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // built output, downloads (.cache/e2e holds a whole code-server) and what failed e2e runs leave
  globalIgnores(['dist/', 'dist-test/', '.vscode-test/', 'test-results/', 'test/e2e/failures/', '.cache/']),
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Named again, though recommendedTypeChecked has them all: these are why ESLint is here.
      // node:test's test() and describe() return promises the runner itself waits for; awaiting them at
      // the top of a file would change nothing. A subtest (t.test) must still be awaited.
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['test', 'it', 'describe', 'suite'] }] },
      ],
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unsafe-assignment': 'error',
      '@typescript-eslint/no-unsafe-call': 'error',
      '@typescript-eslint/no-unsafe-member-access': 'error',
      '@typescript-eslint/no-unsafe-return': 'error',
      '@typescript-eslint/no-unsafe-argument': 'error',
      // `_`-prefixed names are deliberately unused (a destructured field left out, a required parameter).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // U+3000 (the ideographic space) and its kin are part of the Chinese text this extension checks:
      // allowed inside strings, templates, regexes and comments that quote it, an error anywhere else.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipRegExps: true, skipComments: true }],
      // Core max-len, not @stylistic's: it is deprecated (ESLint 8.53) but kept through ESLint 9, and one
      // rule is not worth a dependency; switch to @stylistic/max-len when ESLint drops it. Strings,
      // template literals and comments count too (wrap them); only a line holding a URL or a regex
      // literal may be longer: a URL split is no longer one to click or search for, and a regex split
      // becomes a string assembled at run time, out of reach of the checks a literal gets.
      'max-len': ['error', { code: 140, tabWidth: 2, ignoreUrls: true, ignoreRegExpLiterals: true }],
    },
  },
  {
    // Plain JavaScript (scripts, bin, this file) is not in tsconfig.json: no type information for it.
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // CommonJS: require is how these files import.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
