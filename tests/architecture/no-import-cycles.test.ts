import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * No two modules import each other, directly or through others: a circle
 * makes the house hard to read, since neither file can be understood first.
 * Follows relative `import … from` and `export … from` statements, type-only
 * ones included (they couple the reader just the same).
 */
const root = resolve(new URL('../..', import.meta.url).pathname);

/**
 * Circles not yet broken, each named with a comment saying why; a listed
 * circle that no longer exists fails the test, so the list only shrinks.
 */
const knownCircles: string[] = [];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(path) ? [path] : [];
  });
}

function importGraph(dir: string): Map<string, string[]> {
  const files = sourceFiles(resolve(root, dir));
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(/(?:import|export)[^'"]*?from\s+['"](\.[^'"]+)['"]/g)]
      .map((m) => resolve(dirname(file), m[1]))
      .filter((target) => known.has(target));
    graph.set(file, targets);
  }
  return graph;
}

/** Each circle as "a -> b -> a", paths relative to the repository. */
function importCircles(dir: string): string[] {
  const graph = importGraph(dir);
  const state = new Map<string, 'open' | 'done'>();
  const circles: string[] = [];
  const visit = (file: string, stack: string[]): void => {
    state.set(file, 'open');
    stack.push(file);
    for (const target of graph.get(file) ?? []) {
      if (state.get(target) === 'open') {
        const circle = [...stack.slice(stack.indexOf(target)), target];
        circles.push(circle.map((f) => relative(root, f)).join(' -> '));
      } else if (!state.has(target)) visit(target, stack);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file, []);
  return circles;
}

describe('import circles', () => {
  it.each(['src', 'web/src'])('%s has none beyond the named exceptions', (dir) => {
    const circles = importCircles(dir);
    const unexpected = circles.filter((c) => !knownCircles.includes(c));
    if (unexpected.length > 0) console.error(`import circles in ${dir}:\n${unexpected.join('\n')}`);
    expect(unexpected).toEqual([]);
  });

  it('lists only circles that still exist', () => {
    const all = [...importCircles('src'), ...importCircles('web/src')];
    expect(knownCircles.filter((c) => !all.includes(c))).toEqual([]);
  });
});
