// The architecture's import bans, once: eslint.config.js turns them into `@typescript-eslint/no-restricted-imports`
// entries and tools/lint.mjs checks a single text against the same entries (docs/architecture.md, "Layers").
// Each layer: the files it covers, the files it excepts, and the import patterns it may not use.

/** Specifier patterns (gitignore style, matched against the import text) for each outer layer. */
const APP = ['**/app/*', '**/app/**'];
const ADAPTERS = ['**/adapters/*', '**/adapters/**'];
const UI = ['**/ui/*', '**/ui/**'];
const FEATURES = ['**/features/*', '**/features/**'];

/**
 * @typedef {{ group: string[], message: string, allowTypeImports?: boolean }} BannedGroup
 * @typedef {{ name: string, rule?: string, files: string[], ignores?: string[], patterns: BannedGroup[], paths?: { name: string, message: string }[] }} Layer
 */

/** @type {Layer[]} */
export const LAYERS = [
  {
    name: 'core-is-pure',
    files: ['src/core/**'],
    paths: [
      { name: 'phaser', message: 'the core never draws: Phaser belongs to src/ui/phaser' },
      { name: 'howler', message: 'the core never plays sound: howler belongs to src/adapters/audio' },
    ],
    patterns: [
      {
        group: [...APP, ...ADAPTERS, ...UI, ...FEATURES],
        message: 'the core imports nothing from app, adapters, features or ui',
      },
    ],
  },
  {
    name: 'one-module-touches-inkjs',
    // ESLint keeps one set of options per rule and file, so this layer, which overlaps the others, uses ESLint's
    // own rule; the others use typescript-eslint's (which can allow type imports) on disjoint folders.
    rule: 'no-restricted-imports',
    files: ['src/**'],
    ignores: ['src/core/story/story-engine.ts'],
    paths: [{ name: 'inkjs', message: 'only src/core/story/story-engine.ts imports inkjs' }],
    patterns: [{ group: ['inkjs/*'], message: 'only src/core/story/story-engine.ts imports inkjs' }],
  },
  {
    name: 'ui-never-touches-ink-or-app-values',
    files: ['src/ui/**'],
    // Feature code that still lives in src/ui and calls app functions; it moves to src/features/ (issue 19).
    ignores: [
      'src/ui/dom/kiosk/update-when-idle.ts',
      'src/ui/dom/kiosk/visit-language.ts',
      'src/ui/dom/settings/install-settings.ts',
      'src/ui/dom/language/switch-language.ts',
    ],
    patterns: [
      { group: ['**/core/story/story-engine*'], message: 'the UI never touches the story engine (it renders frames)' },
      { group: APP, message: 'the UI imports only types from src/app', allowTypeImports: true },
    ],
  },
];

/**
 * Bans that are about what is imported by name, not from where (ESLint's no-restricted-syntax over import
 * declarations). The session's one writer: only the controller (and the composition root that builds it) may hold
 * the writable `Session` or create one; features get `SessionReader` and ask the controller (`SessionRequests`).
 * @type {{ name: string, files: string[], ignores: string[], selectors: { selector: string, message: string }[] }[]}
 */
export const NAME_BANS = [
  {
    name: 'one-writer-of-the-session',
    files: ['src/**'],
    ignores: ['src/app/controller.ts', 'src/main.ts', 'src/core/session/**'],
    selectors: [
      {
        selector:
          'ImportDeclaration[source.value=/core\\/session\\/session(\\.ts)?$/] > ' +
          'ImportSpecifier[imported.name=/^(Session|createSession)$/]',
        message:
          'only the controller writes the session: take SessionReader to read it and ask the controller ' +
          '(SessionRequests: begin, load, reset) to change it',
      },
    ],
  },
];

/** The layers as ESLint flat-config entries (one restricted-imports rule per layer; see `rule` above). */
export function layerConfigs() {
  const names = NAME_BANS.map((ban) => ({
    name: `layers/${ban.name}`,
    files: ban.files,
    ignores: ban.ignores,
    rules: { 'no-restricted-syntax': ['error', ...ban.selectors] },
  }));
  return [
    ...LAYERS.map((layer) => ({
      name: `layers/${layer.name}`,
      files: layer.files,
      ...(layer.ignores ? { ignores: layer.ignores } : {}),
      rules: {
        [layer.rule ?? '@typescript-eslint/no-restricted-imports']: [
          'error',
          { paths: layer.paths ?? [], patterns: layer.patterns },
        ],
      },
    })),
    ...names,
  ];
}
