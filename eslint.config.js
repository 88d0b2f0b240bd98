// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The layers of docs/architecture.md as allow-lists, as VS Code checks its
 * own layers: each layer names the layers it may import, and an import of any
 * other folder of src/ fails `npm run lint` (and so `npm test`). The api and
 * cli shells may hold the database handle's type (`import type` from
 * store/duck.ts) and nothing else of the store.
 */
const LAYERS = ['core', 'contract', 'analytics', 'store', 'ingest', 'services', 'api', 'cli'];
export const mayImport = {
  core: [],
  contract: ['core'],
  analytics: ['core'],
  store: ['core'],
  ingest: ['core'],
  services: ['core', 'contract', 'analytics', 'store', 'ingest'],
  api: ['core', 'contract', 'services'],
  cli: ['core', 'contract', 'services'],
};

/**
 * The composition root, where a shell is wired to the opened database, the
 * sessions and the audit log, or one shell starts the other: a permanent,
 * named exception, with the layers each file may import besides its own list.
 */
export const compositionRoot = {
  'src/api/app.ts': ['store'], // opens the app over the store, its caches
  'src/api/access.ts': ['store'], // sessions and the audit log of every write
  'src/api/answer-memo.ts': ['store'], // answers kept per database generation
  'src/cli/audit.ts': ['store'], // the audit log of every CLI write
  'src/cli/commands/serve.ts': ['api', 'store'], // `atlas serve` starts the HTTP app
  'src/cli/commands/report.ts': ['api'], // `atlas report` prints pages the HTTP app serves
};

/**
 * Areas not yet moved behind src/contract and services: temporary
 * exceptions, one line each, removed as each area migrates
 * (docs/architecture.md, "Migration"). None is left.
 */
export const notYetMigrated = {};

/** The longest function allowed in src and web/src, blank lines and comments not counted. */
export const MAX_FUNCTION_LINES = 80;

const isShell = (layer) => layer === 'api' || layer === 'cli';

/** The import patterns a file of `layer` may not use, given the layers it may import. */
function refused(layer, allowed) {
  return LAYERS.filter((b) => b !== layer && !allowed.includes(b)).map((b) => ({
    group: [`**/${b}/*`, `**/${b}`, `../${b}/**`],
    // The handle's type is the one thing of the store a shell holds.
    ...(b === 'store' && isShell(layer) ? { allowTypeImports: true } : {}),
    message: `layer rule: src/${layer} may import only ${[...allowed].join(', ') || 'nothing of ours'}, not src/${b} (docs/architecture.md)`,
  }));
}

const layerRule = (layer, allowed) => ({
  '@typescript-eslint/no-restricted-imports': ['error', { patterns: refused(layer, allowed) }],
});

const layerRules = [
  ...LAYERS.map((layer) => ({
    files: [`src/${layer}/**/*.ts`],
    rules: layerRule(layer, mayImport[layer]),
  })),
  ...Object.entries({ ...compositionRoot, ...notYetMigrated }).map(([file, extra]) => {
    const layer = file.split('/')[1];
    return { files: [file], rules: layerRule(layer, [...mayImport[layer], ...extra]) };
  }),
];

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'web/dist', 'coverage', '.tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: [
      'src/core/**/*.ts',
      'src/analytics/**/*.ts',
      'src/store/**/*.ts',
      'src/ingest/**/*.ts',
      'src/services/**/*.ts',
    ],
    rules: { 'no-console': 'error' },
  },
  {
    // web → contract: the browser talks to the API over HTTP, and takes the
    // answers' types (and plain data such as the outcome steps) from src/contract.
    files: ['web/src/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/src/*', '../../src/**', '!**/src/contract', '!**/src/contract/**'],
              message:
                'layer rule: web/ may import only src/contract of the server (docs/architecture.md)',
            },
          ],
        },
      ],
    },
  },
  {
    // One function, one step a reader can hold: a longer one is split into named
    // steps (docs/architecture.md, "Conventions"). Tests are exempt: a test reads
    // best as one story.
    files: ['src/**/*.ts', 'web/src/**/*.{ts,tsx}'],
    rules: {
      'max-lines-per-function': [
        'error',
        { max: MAX_FUNCTION_LINES, skipBlankLines: true, skipComments: true },
      ],
    },
  },
  {
    files: ['bin/**/*.js'],
    languageOptions: { globals: { process: 'readonly' } },
  },
  ...layerRules,
);
