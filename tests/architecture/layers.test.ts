import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The allow-lists and named exceptions, read from the lint config itself. */
const config = (await import(new URL('../../eslint.config.js', import.meta.url).href)) as {
  mayImport: Record<string, string[]>;
  compositionRoot: Record<string, string[]>;
  notYetMigrated: Record<string, string[]>;
};
const { compositionRoot, mayImport, notYetMigrated } = config;

/**
 * The layer rule of docs/architecture.md ("What each layer may import"),
 * checked on sample imports: each allow-list refuses what it does not name,
 * and each named exception opens only the layers it lists.
 */
const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

async function layerErrors(file: string, importPath: string, typeOnly = false): Promise<string[]> {
  const [result] = await eslint.lintText(
    `import ${typeOnly ? 'type ' : ''}{ x } from '${importPath}';\nexport const y: unknown = x;\n`,
    { filePath: file },
  );
  return result.messages
    .filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports')
    .map((m) => m.message);
}

describe('layer rule', () => {
  it.each([
    ['src/core/a.ts', '../store/duck.ts'],
    ['src/core/model/a.ts', '../../contract/matching.ts'],
    ['src/contract/a.ts', '../services/x.ts'],
    ['src/contract/a.ts', '../analytics/x.ts'],
    ['src/contract/a.ts', '../store/duck.ts'],
    ['src/analytics/concentration/a.ts', '../../store/duck.ts'],
    ['src/analytics/concentration/a.ts', '../../contract/matching.ts'],
    ['src/store/a.ts', '../services/x.ts'],
    ['src/store/a.ts', '../analytics/x.ts'],
    ['src/ingest/a.ts', '../store/duck.ts'],
    ['src/services/a.ts', '../api/app.ts'],
    ['src/services/a.ts', '../cli/main.ts'],
    ['src/api/a.ts', '../cli/main.ts'],
    ['src/api/routes/a.ts', '../../store/matching.ts'],
    ['src/api/routes/a.ts', '../../analytics/matching/top-k.ts'],
    ['src/api/routes/a.ts', '../../ingest/read-csv.ts'],
    ['src/cli/commands/a.ts', '../../store/matching.ts'],
    ['src/cli/commands/a.ts', '../../analytics/evaluation/missing-values.ts'],
    ['src/cli/commands/stats.ts', '../../api/app.ts'],
    // the migrated shells of matchmaking hold no exception
    ['src/api/routes/matching.ts', '../../store/matching.ts'],
    ['src/cli/commands/match.ts', '../../store/matching.ts'],
  ])('%s may not import %s', async (file, target) => {
    const errors = await layerErrors(file, target);
    expect(errors.length).toBe(1);
    expect(errors[0]).toMatch(/layer rule/);
  });

  it.each([
    ['web/src/api/a.ts', '../../../src/core/errors.ts'],
    ['web/src/pages/a.tsx', '../../../src/services/matching/index.ts'],
    ['web/src/a.ts', '../../src/store/duck.ts'],
  ])('web: %s may not import %s', async (file, target) => {
    const errors = await layerErrors(file, target, true);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/web\/ may import only src\/contract/);
  });

  it.each([
    ['src/contract/a.ts', '../core/model/region.ts'],
    ['src/analytics/a.ts', '../core/errors.ts'],
    ['src/store/a.ts', '../core/errors.ts'],
    ['src/services/a.ts', '../store/duck.ts'],
    ['src/services/a.ts', '../contract/matching.ts'],
    ['src/api/a.ts', '../services/x.ts'],
    ['src/api/routes/a.ts', '../../contract/matching.ts'],
    ['src/cli/a.ts', '../services/x.ts'],
    ['src/cli/commands/a.ts', '../../contract/matching.ts'],
    ['web/src/api/a.ts', '../../../src/contract/matching.ts'],
    // the composition root, named in eslint.config.js
    ['src/cli/commands/serve.ts', '../../api/app.ts'],
    ['src/cli/commands/report.ts', '../../api/app.ts'],
    ['src/api/app.ts', '../store/duck.ts'],
  ])('%s may import %s', async (file, target) => {
    expect(await layerErrors(file, target)).toEqual([]);
  });

  it('a shell may hold the database handle’s type, and nothing else of the store', async () => {
    expect(await layerErrors('src/api/routes/a.ts', '../../store/duck.ts', true)).toEqual([]);
    expect(await layerErrors('src/cli/commands/a.ts', '../../store/duck.ts', true)).toEqual([]);
    expect(await layerErrors('src/api/routes/a.ts', '../../store/duck.ts')).toHaveLength(1);
  });

  const exceptions = Object.entries({ ...compositionRoot, ...notYetMigrated }) as [
    string,
    string[],
  ][];
  it.each(exceptions)('the exception for %s opens %j only', async (file, extra) => {
    const layer = file.split('/')[1];
    const depth = file.split('/').length - 2;
    const up = '../'.repeat(depth);
    for (const l of extra) expect(await layerErrors(file, `${up}${l}/x.ts`)).toEqual([]);
    const shut = ['store', 'analytics', 'ingest', 'api', 'cli'].filter(
      (l) => l !== layer && !extra.includes(l) && !mayImport[layer].includes(l),
    );
    for (const l of shut) expect(await layerErrors(file, `${up}${l}/x.ts`)).toHaveLength(1);
  });
});
