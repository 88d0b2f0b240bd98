import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const { MAX_FUNCTION_LINES } = (await import(
  new URL('../../eslint.config.js', import.meta.url).href
)) as { MAX_FUNCTION_LINES: number };

/**
 * No function in src or web/src is longer than MAX_FUNCTION_LINES lines of code
 * (blank lines and comments not counted): the lint rule fires on one line more,
 * not on the limit itself, and not in tests.
 */
const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

/** A function of `lines` lines from signature to closing brace, a blank line and a comment between its statements. */
function functionOf(lines: number): string {
  const body = Array.from({ length: lines - 4 }, (_, i) => `  n += ${i};\n\n  // step ${i}`);
  return `export function f(): number {\n  let n = 0;\n${body.join('\n')}\n  return n;\n}\n`;
}

async function lengthErrors(file: string, lines: number): Promise<number> {
  const [result] = await eslint.lintText(functionOf(lines), { filePath: file });
  return result.messages.filter((m) => m.ruleId === 'max-lines-per-function').length;
}

describe('function length rule', () => {
  it.each(['src/services/a.ts', 'src/analytics/chain/a.ts', 'web/src/components/A.tsx'])(
    'refuses a function one line over the limit in %s',
    async (file) => {
      expect(await lengthErrors(file, MAX_FUNCTION_LINES + 1)).toBe(1);
      expect(await lengthErrors(file, MAX_FUNCTION_LINES)).toBe(0);
    },
  );

  it('leaves tests free to tell one story', async () => {
    expect(await lengthErrors('tests/services/a.test.ts', MAX_FUNCTION_LINES + 40)).toBe(0);
  });
});
