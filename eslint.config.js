// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The layers of DESIGN.md, arrows pointing down only. Each entry names the
 * folders a layer must never import from. Enforced with no-restricted-imports
 * so that a wrong arrow fails `npm run lint` (and so `npm test`).
 */
const layers = {
  core: ['analytics', 'store', 'ingest', 'services', 'api', 'cli'],
  analytics: ['store', 'ingest', 'services', 'api', 'cli'],
  store: ['analytics', 'ingest', 'services', 'api', 'cli'],
  ingest: ['analytics', 'store', 'services', 'api', 'cli'],
  services: ['api', 'cli'],
  api: ['cli'],
  cli: ['api'],
};

const layerRules = Object.entries(layers).map(([layer, banned]) => ({
  files: [`src/${layer}/**/*.ts`],
  // `atlas serve` and `atlas report` start the HTTP app: they may import api/.
  ignores: layer === 'cli' ? ['src/cli/commands/serve.ts', 'src/cli/commands/report.ts'] : [],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: banned.map((b) => ({
          group: [`**/${b}/*`, `**/${b}`, `../${b}/**`],
          message: `layer rule: src/${layer} may not import src/${b} (see DESIGN.md; arrows point down only)`,
        })),
      },
    ],
  },
}));

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
    files: ['web/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/src/*', '../../src/**'], message: 'web/ only talks to the API' },
          ],
        },
      ],
    },
  },
  {
    files: ['bin/**/*.js'],
    languageOptions: { globals: { process: 'readonly' } },
  },
  ...layerRules,
);
