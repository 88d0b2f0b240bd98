import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The lint rule that keeps DESIGN.md's arrows pointing down, checked on sample imports. */
const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

async function layerErrors(file: string, importPath: string): Promise<string[]> {
  const [result] = await eslint.lintText(
    `import { x } from '${importPath}';\nexport const y = x;\n`,
    {
      filePath: file,
    },
  );
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer rule', () => {
  it.each([
    ['src/core/a.ts', '../store/duck.ts'],
    ['src/core/model/a.ts', '../../analytics/x.ts'],
    ['src/analytics/concentration/a.ts', '../../store/duck.ts'],
    ['src/store/a.ts', '../services/x.ts'],
    ['src/ingest/a.ts', '../store/duck.ts'],
    ['src/services/a.ts', '../api/app.ts'],
    ['src/api/a.ts', '../cli/main.ts'],
    ['src/cli/commands/stats.ts', '../../api/app.ts'],
  ])('%s may not import %s', async (file, target) => {
    const errors = await layerErrors(file, target);
    expect(errors.length).toBe(1);
    expect(errors[0]).toMatch(/layer rule/);
  });

  it.each([
    ['src/analytics/a.ts', '../core/errors.ts'],
    ['src/store/a.ts', '../core/errors.ts'],
    ['src/services/a.ts', '../store/duck.ts'],
    ['src/api/a.ts', '../services/x.ts'],
    ['src/cli/a.ts', '../services/x.ts'],
    // the two commands that start the HTTP app
    ['src/cli/commands/serve.ts', '../../api/app.ts'],
    ['src/cli/commands/report.ts', '../../api/app.ts'],
  ])('%s may import %s', async (file, target) => {
    expect(await layerErrors(file, target)).toEqual([]);
  });
});
