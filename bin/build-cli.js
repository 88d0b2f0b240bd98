#!/usr/bin/env node
/**
 * Builds the CLI ahead of time: src/cli/main.ts and everything it imports of
 * ours, bundled by esbuild into dist/cli/ (one chunk per lazily loaded
 * command), with a manifest of every input file's size and modification
 * time. The packages every command loads at start-up (BUNDLED) are bundled
 * too — DuckDB's JavaScript API alone is 180 CommonJS files, each resolved
 * and scanned for its exports when imported from ESM — while every other
 * package, and DuckDB's native binding, stays in node_modules. bin/atlas.js runs the bundle only while
 * every input is unchanged and falls back to tsx otherwise, so a stale or
 * missing build is never run: it only costs the start-up it would have saved
 * (about 0.4 s of CPU: tsx's loader thread and transpiling).
 *
 * Run by `npm run build:cli` and by npm's `prepare` after `npm ci` / `npm
 * install`. A failure is a notice, not an error: the tsx path still works.
 *
 * `import.meta.url` in a source file becomes that file's own URL (computed
 * relative to the chunk, so the checkout can move), because sources find data
 * files and workers relative to themselves.
 */
import { createRequire } from 'node:module';
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { URL } from 'node:url';

const root = resolve(new URL('..', import.meta.url).pathname);
/** The output folder: dist/cli, or the one given (inside the checkout, so that packages resolve). */
const out = resolve(root, process.argv[2] ?? 'dist/cli');

/** esbuild: ours when hoisted, else the copy tsx (a runtime dependency) brings. */
async function loadEsbuild() {
  try {
    return await import('esbuild');
  } catch {
    const fromTsx = createRequire(createRequire(import.meta.url).resolve('tsx/package.json'));
    return await import(fromTsx.resolve('esbuild'));
  }
}

/** Pure JavaScript packages that every command loads, installed once (npm ls: no second copy). */
const BUNDLED = new Set(['@duckdb/node-api', 'commander', 'zod']);

const packagesOutside = {
  name: 'packages-outside',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      const parts = args.path.split('/');
      const name = args.path.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
      return BUNDLED.has(name) ? undefined : { path: args.path, external: true };
    });
  },
};

/** CommonJS inside the ESM bundle calls require: give each chunk one. */
const REQUIRE =
  "import { createRequire as __atlasRequire } from 'node:module'; const require = __atlasRequire(import.meta.url);";

const sourceUrl = {
  name: 'source-url',
  setup(b) {
    b.onLoad({ filter: /\.tsx?$/ }, async (args) => {
      let text = await readFile(args.path, 'utf8');
      if (text.includes('import.meta.url')) {
        const rel = JSON.stringify(relative(out, args.path).split('\\').join('/'));
        text = text.replaceAll('import.meta.url', `new URL(${rel}, import.meta.url).href`);
      }
      return { contents: text, loader: args.path.endsWith('x') ? 'tsx' : 'ts' };
    });
  },
};

async function build() {
  const esbuild = await loadEsbuild();
  await rm(out, { recursive: true, force: true });
  const result = await esbuild.build({
    absWorkingDir: root,
    // The suite's formatting thread is an entry of its own: a worker loads it by file.
    entryPoints: {
      main: 'src/cli/main.ts',
      'suite-cells-worker': 'src/cli/output/suite-cells-worker.ts',
    },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outdir: out,
    metafile: true,
    logLevel: 'warning',
    plugins: [packagesOutside, sourceUrl],
    banner: { js: REQUIRE },
  });
  const inputs = ['package.json', 'tsconfig.json', ...Object.keys(result.metafile.inputs)];
  const files = {};
  for (const rel of inputs) {
    const s = await stat(resolve(root, rel));
    files[rel] = [s.size, s.mtimeMs];
  }
  await writeFile(resolve(out, 'manifest.json'), JSON.stringify({ node: process.version, files }));
  return inputs.length;
}

try {
  const n = await build();
  process.stdout.write(`atlas CLI built into ${relative(root, out)} (${n} inputs)\n`);
} catch (e) {
  await rm(out, { recursive: true, force: true }).catch(() => undefined);
  process.stderr.write(
    `notice: the CLI was not built ahead of time (${e instanceof Error ? e.message : e}); bin/atlas.js runs the sources through tsx\n`,
  );
}
