import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The CLI built ahead of time (bin/build-cli.js → a bundle) must answer as
 * the sources do through tsx, data files found beside the sources included,
 * and bin/atlas.js must run it only while every input is unchanged.
 */
mkdirSync('.tmp', { recursive: true });
const dir = resolve(mkdtempSync('.tmp/cli-bundle-'));
const out = join(dir, 'bundle');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[], env: Record<string, string>) => {
  const r = spawnSync(process.execPath, ['bin/atlas.js', ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const viaBundle = (args: string[]) => run(args, { ATLAS_CLI_BUNDLE: out });
const viaTsx = (args: string[]) => run(args, { ATLAS_TSX: '1' });

describe('the CLI built ahead of time', () => {
  it('builds, and answers as the sources do (output, errors, data files beside the sources)', () => {
    const b = spawnSync(process.execPath, ['bin/build-cli.js', out], { encoding: 'utf8' });
    expect(b.stderr).toBe('');
    expect(existsSync(join(out, 'main.js'))).toBe(true);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as {
      files: Record<string, [number, number]>;
    };
    for (const f of ['src/cli/main.ts', 'src/cli/commands/metric.ts', 'package.json'])
      expect(manifest.files[f], f).toHaveLength(2);
    // Other work in the checkout may change sources meanwhile: run the bundle regardless.
    writeFileSync(join(out, 'manifest.json'), JSON.stringify({ files: {} }));
    const matrix = join(dir, 'm.csv');
    writeFileSync(matrix, 'region,industry,value\n甲,13,5\n甲,26,1\n乙,13,2\n乙,26,7\n');
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'region,industry,value\n甲,13,5\n乙,26,seven\n');
    for (const args of [
      ['metric', 'lq', '--matrix', matrix],
      ['metric', 'lq_national', '--matrix', matrix, '--year', '2018', '--format', 'json'],
      ['metric', 'eci', '--matrix', matrix],
      ['metric', 'lq', '--matrix', bad],
      ['metric', '--help'],
    ]) {
      const a = viaBundle(args);
      expect(a, args.join(' ')).toEqual(viaTsx(args));
    }
    expect(viaBundle(['metric', 'lq_national', '--matrix', matrix]).stdout).toMatch(/^region,/);
  });

  it('is run only while none of its inputs changed', () => {
    const fake = join(dir, 'fake');
    mkdirSync(fake);
    writeFileSync(
      join(fake, 'main.js'),
      "export async function main() { process.stdout.write('the bundle ran'); return 0; }",
    );
    const input = join(fake, 'input.ts');
    writeFileSync(input, 'export {};\n');
    const rel = relative(process.cwd(), input);
    const { size, mtimeMs } = statSync(input);
    const withManifest = (files: Record<string, [number, number]>) => {
      writeFileSync(join(fake, 'manifest.json'), JSON.stringify({ files }));
      return run(['metric', '--help'], { ATLAS_CLI_BUNDLE: fake }).stdout;
    };
    expect(withManifest({ [rel]: [size, mtimeMs] })).toBe('the bundle ran');
    expect(withManifest({ [rel]: [size + 1, mtimeMs] })).toContain('--matrix');
    expect(withManifest({ [rel]: [size, mtimeMs - 1000] })).toContain('--matrix');
    expect(withManifest({ [rel]: [size, mtimeMs], [rel + '.gone']: [1, 1] })).toContain('--matrix');
    rmSync(join(fake, 'manifest.json'));
    expect(run(['metric', '--help'], { ATLAS_CLI_BUNDLE: fake }).stdout).toContain('--matrix');
    writeFileSync(join(fake, 'manifest.json'), JSON.stringify({ files: {} }));
    expect(run(['metric', '--help'], { ATLAS_CLI_BUNDLE: fake, ATLAS_TSX: '1' }).stdout).toContain(
      '--matrix',
    );
  });
});
