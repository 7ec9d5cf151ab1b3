// ESLint (flat config): typescript-eslint's strict and stylistic type-checked sets for src, tools and tests, the
// architecture's import bans (tools/lint/layers.mjs, the one source of them), and the rules this code base tunes on
// purpose (each with its reason; docs/lint.md). `node tools/lint.mjs` runs it.
import tseslint from 'typescript-eslint';
import { layerConfigs } from './tools/lint/layers.mjs';

const TS = ['**/*.ts', '**/*.mts'];
const JS = ['**/*.js', '**/*.mjs', '**/*.cjs'];

export default tseslint.config(
  { ignores: ['dist/**', '.out/**', 'coverage/**', 'node_modules/**', 'assets/**', 'tools/bench/reference/**'] },
  {
    files: TS,
    extends: [tseslint.configs.strictTypeChecked, tseslint.configs.stylisticTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Hostile parsers read untrusted records by key (`data['day']`): brackets mark a key that may be absent.
      '@typescript-eslint/dot-notation': ['error', { allowIndexSignaturePropertyAccess: true }],
      // Counts and sizes go into messages as they are.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // Event handlers are written `() => panel.close()`; the arrow's value is never used.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // It asks for `x!` where the code writes `x as T`, and strict's no-non-null-assertion forbids `x!`: keep `as T`.
      '@typescript-eslint/non-nullable-type-assertion-style': 'off',
    },
  },
  {
    // The DOM typings say every API exists; the browser-side code guards against browsers and kiosks that lack one
    // (matchMedia, service workers, navigator.languages, document.fonts), and the e2e files' afterAll against a
    // beforeAll that failed. Those guards are the point, so this rule stays on only where types are the truth.
    files: ['src/app/**', 'src/adapters/**', 'src/ui/**', 'src/main.ts', 'tests/e2e/**'],
    rules: { '@typescript-eslint/no-unnecessary-condition': 'off' },
  },
  {
    // A test's `!` on the fixture it just built is an assertion (noUncheckedIndexedAccess): a wrong one throws and
    // fails. Test doubles have empty methods on purpose. Vitest's asymmetric matchers (expect.any, objectContaining)
    // and JSON.parse are typed `any`; in a test, a wrong guess about their shape fails the test.
    files: ['tests/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-empty-function': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    // The plain ESM tools run by node directly: the same rules without type information (no project holds them).
    files: JS,
    extends: [tseslint.configs.strict, tseslint.configs.stylistic],
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
      },
    },
  },
  {
    // inkjs's ErrorType enum is not exported from its ESM entry: the verifier compares the number inkjs documents
    // (1 = warning) in its onError handlers.
    files: ['tools/verify/**'],
    rules: { '@typescript-eslint/no-unsafe-enum-comparison': 'off' },
  },
  {
    // Phaser's own sources are CommonJS; this file re-exports a subset of them, so it requires on purpose.
    files: ['**/*.cjs'],
    languageOptions: { globals: { require: 'readonly', module: 'writable' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // `_name` marks a value left unused on purpose (a rest sibling dropped, a tuple slot skipped, a generator's
    // argument one sound does not use).
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  ...layerConfigs(),
);
