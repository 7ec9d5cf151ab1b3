// The architecture's import bans, once: eslint.config.js turns them into `@typescript-eslint/no-restricted-imports`
// entries and tools/lint.mjs checks a single text against the same entries (docs/architecture.md, "Layers").
// Each layer: the files it covers, the files it excepts, and the import patterns it may not use. Two bans depend on
// where an import lands rather than on how it is written (a relative `../b/x.ts` names no folder), so they are
// small ESLint rules of this file's own plugin (`layers/`), which resolve each relative specifier first.
import { posix } from 'node:path';

/** Specifier patterns (gitignore style, matched against the import text) for each outer layer. */
const APP = ['**/app/*', '**/app/**'];
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
    // Nothing outside src/core either (app, adapters, features, ui, languages, …): the `core-stays-inside` rule
    // below, which resolves where a relative import lands.
    patterns: [],
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
    patterns: [
      { group: ['**/core/story/story-engine*'], message: 'the UI never touches the story engine (it renders frames)' },
      { group: APP, message: 'the UI imports only types from src/app', allowTypeImports: true },
      {
        group: FEATURES,
        message: 'the UI never imports a feature: src/features/ composes the UI, not the other way round',
      },
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

/** The project path (relative to the working folder, forward slashes) of the file ESLint is linting. */
function projectPath(context) {
  const file = context.filename.split('\\').join('/');
  const cwd = context.cwd.split('\\').join('/');
  return file.startsWith(`${cwd}/`) ? file.slice(cwd.length + 1) : file;
}

/** Where a relative specifier written in the file at `from` lands, as a project path; null for a package. */
function landing(from, specifier) {
  if (!specifier.startsWith('./') && !specifier.startsWith('../')) return null;
  return posix.normalize(posix.join(posix.dirname(from), specifier));
}

/**
 * ESLint listeners that call `visit(node, specifier, typeOnly)` for every import, re-export and dynamic import
 * with a literal specifier. Only `import type` / `export type` count as type-only: under verbatimModuleSyntax an
 * `import { type A }` still loads the module.
 */
function eachImport(visit) {
  const literal = (node) => (node.type === 'Literal' && typeof node.value === 'string' ? node.value : null);
  return {
    ImportDeclaration: (node) => visit(node, node.source.value, node.importKind === 'type'),
    ExportNamedDeclaration: (node) => {
      if (node.source) visit(node, node.source.value, node.exportKind === 'type');
    },
    ExportAllDeclaration: (node) => visit(node, node.source.value, node.exportKind === 'type'),
    ImportExpression: (node) => {
      const specifier = literal(node.source);
      if (specifier !== null) visit(node, specifier, false);
    },
  };
}

/** A feature's two homes: its installer in src/features/<name>/ and its DOM in src/ui/dom/<name>/. */
const FEATURE_HOME = /^src\/(?:features|ui\/dom)\/([^/]+)\//;

/** The feature a project path belongs to, or null for shared code (src/ui/dom/*.ts, src/core, …). */
function featureOf(path) {
  return FEATURE_HOME.exec(path)?.[1] ?? null;
}

/** @type {import('eslint').ESLint.Plugin} */
const plugin = {
  meta: { name: 'layers' },
  rules: {
    'features-stay-apart': {
      meta: {
        type: 'problem',
        docs: { description: 'a feature never imports another feature (its installer or its DOM); types are fine' },
        schema: [],
        messages: {
          apart:
            'features never import each other ({{from}} → {{to}}): share through the AppContext, a port in ' +
            'src/core or a shared module in src/ui/dom (types alone are fine)',
        },
      },
      create(context) {
        const path = projectPath(context);
        const own = featureOf(path);
        if (own === null) return {};
        return eachImport((node, specifier, typeOnly) => {
          const target = landing(path, specifier);
          if (typeOnly || target === null) return;
          const other = featureOf(target);
          if (other === null || other === own) return;
          context.report({ node, messageId: 'apart', data: { from: own, to: other } });
        });
      },
    },
    'core-stays-inside': {
      meta: {
        type: 'problem',
        docs: { description: 'src/core imports no code from outside src/core (JSON data files are fine)' },
        schema: [],
        messages: {
          inside:
            'the core imports nothing outside src/core ({{target}}): pass it in through a port instead ' +
            '(JSON data files are fine)',
        },
      },
      create(context) {
        const path = projectPath(context);
        return eachImport((node, specifier) => {
          const target = landing(path, specifier);
          if (target === null || target.startsWith('src/core/') || target.endsWith('.json')) return;
          context.report({ node, messageId: 'inside', data: { target } });
        });
      },
    },
  },
};

/** The bans that resolve where an import lands (this file's plugin), by the files they cover. */
const LANDING_BANS = [
  { name: 'features-stay-apart', files: ['src/features/**', 'src/ui/dom/**'] },
  { name: 'core-stays-inside', files: ['src/core/**'] },
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
    ...LANDING_BANS.map((ban) => ({
      name: `layers/${ban.name}`,
      files: ban.files,
      plugins: { layers: plugin },
      rules: { [`layers/${ban.name}`]: 'error' },
    })),
  ];
}
