import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The lint config's allow-lists and exceptions, read from the config itself. */
const config = (await import(new URL('../../eslint.config.js', import.meta.url).href)) as {
  mayImport: Record<string, string[]>;
  compositionRoot: Record<string, string[]>;
  MAX_FUNCTION_LINES: number;
};
const doc = readFileSync(new URL('../../docs/architecture.md', import.meta.url), 'utf8');

/** The rows of the table under "## What each layer may import": layer → the layers it names. */
function documentedAllowLists(): Map<string, string[]> {
  const section = doc.split('## What each layer may import')[1]?.split('\n## ')[0] ?? '';
  const rows = new Map<string, string[]>();
  for (const line of section.split('\n')) {
    const m = /^\|\s*(\w+)\s*\|\s*([^|]+?)\s*\|$/.exec(line.trim());
    if (!m || m[1] === 'layer') continue;
    const named = m[2].startsWith('nothing') ? [] : m[2].replace(/\(.*\)/, '').split(',');
    rows.set(m[1], named.map((x) => x.trim()).filter(Boolean));
  }
  return rows;
}

describe('docs/architecture.md and eslint.config.js say the same', () => {
  it('each layer may import what the page’s table says, and nothing else', () => {
    const documented = documentedAllowLists();
    const { web, ...src } = Object.fromEntries(documented);
    expect(web).toEqual(['contract']);
    expect(src).toEqual(config.mayImport);
  });

  it('the page states the lint rule’s longest function', () => {
    const section = doc.split('## Function length')[1]?.split('\n## ')[0] ?? '';
    expect(section).toContain(`**${config.MAX_FUNCTION_LINES} lines**`);
  });

  it('the page names every file of the composition root', () => {
    for (const file of Object.keys(config.compositionRoot)) expect(doc).toContain(`\`${file}\``);
  });

  it('nothing cites a design document the repository does not hold', () => {
    for (const file of [
      'eslint.config.js',
      'docs/decisions.md',
      'tests/architecture/layers.test.ts',
    ])
      expect(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')).not.toMatch(
        /DESIGN\.md/,
      );
  });
});
