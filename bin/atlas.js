#!/usr/bin/env node
// The `atlas` command. It runs the bundle bin/build-cli.js made at install
// time (dist/cli) while every source file it was built from is unchanged
// (size and modification time, as make does), and otherwise the TypeScript
// sources through tsx (see docs/decisions.md). ATLAS_TSX=1 forces the
// sources; ATLAS_CLI_BUNDLE names another bundle folder (tests).
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { URL, pathToFileURL } from 'node:url';

const root = new URL('../', import.meta.url);
const bundle = process.env.ATLAS_CLI_BUNDLE
  ? pathToFileURL(resolve(process.env.ATLAS_CLI_BUNDLE) + '/')
  : new URL('dist/cli/', root);

/** True when the bundle exists and none of its inputs changed since it was built. */
function bundleIsFresh() {
  if (process.env.ATLAS_TSX === '1') return false;
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(new URL('manifest.json', bundle), 'utf8'));
  } catch {
    return false;
  }
  for (const [rel, [size, mtime]] of Object.entries(manifest.files)) {
    const s = statSync(new URL(rel, root), { throwIfNoEntry: false });
    if (!s || s.size !== size || s.mtimeMs !== mtime) return false;
  }
  return true;
}

let main;
if (bundleIsFresh()) {
  ({ main } = await import(new URL('main.js', bundle).href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
