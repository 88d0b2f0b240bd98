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
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

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

/** Each spawn may wait seconds on a busy 2-core machine: the tests get minutes, not vitest's 60 s. */
const SLOW = 240_000;

describe('the CLI built ahead of time', () => {
  const matrix = join(dir, 'm.csv');
  const bad = join(dir, 'bad.csv');
  beforeAll(() => {
    writeFileSync(matrix, 'region,industry,value\n甲,13,5\n甲,26,1\n乙,13,2\n乙,26,7\n');
    writeFileSync(bad, 'region,industry,value\n甲,13,5\n乙,26,seven\n');
    const b = spawnSync(process.execPath, ['bin/build-cli.js', out], { encoding: 'utf8' });
    expect(b.stderr).toBe('');
  }, SLOW);

  it('builds a bundle and the manifest of its inputs', () => {
    expect(existsSync(join(out, 'main.js'))).toBe(true);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as {
      files: Record<string, [number, number]>;
    };
    for (const f of ['src/cli/main.ts', 'src/cli/commands/metric.ts', 'package.json'])
      expect(manifest.files[f], f).toHaveLength(2);
    // Other work in the checkout may change sources meanwhile: run the bundle regardless.
    writeFileSync(join(out, 'manifest.json'), JSON.stringify({ files: {} }));
  });

  it.each([
    ['lq', ['metric', 'lq', '--matrix', matrix]],
    [
      'lq_national (a data file beside the sources)',
      ['metric', 'lq_national', '--matrix', matrix, '--year', '2018', '--format', 'json'],
    ],
    ['eci', ['metric', 'eci', '--matrix', matrix]],
    ['a bad row', ['metric', 'lq', '--matrix', bad]],
    ['help', ['metric', '--help']],
  ])(
    'answers %s as the sources do',
    (_, args) => {
      const a = viaBundle(args);
      expect(a, args.join(' ')).toEqual(viaTsx(args));
      if (args[1] === 'lq_national') expect(a.stdout).toContain('"region"');
    },
    SLOW,
  );

  it(
    'writes the complexity suite on two threads with the same bytes as the sources',
    { timeout: SLOW },
    () => {
      // 400 × 300 cells: above the size at which the bundle formats half the lines in a worker.
      const big = join(dir, 'big.csv');
      const lines = ['region,industry,value'];
      for (let r = 0; r < 400; r++)
        for (let i = 0; i < 300; i++)
          if ((r * 7 + i * 13) % 5 !== 0) lines.push(`r${r},i${i},${((r * 31 + i * 17) % 97) + 1}`);
      writeFileSync(big, lines.join('\n') + '\n');
      for (const shape of [['--out-dir'], ['--out']]) {
        const target = (how: string) =>
          join(dir, `suite-${how}${shape[0] === '--out' ? '.csv' : ''}`);
        const args = (how: string) => [
          'metric',
          'complexity',
          '--matrix',
          big,
          shape[0],
          target(how),
        ];
        expect(viaBundle(args('bundle')).code).toBe(0);
        expect(viaTsx(args('tsx')).code).toBe(0);
        const file = (how: string) =>
          shape[0] === '--out' ? target(how) : join(target(how), 'cells.csv');
        const bundled = readFileSync(file('bundle'));
        expect(bundled.length).toBeGreaterThan(4_000_000);
        expect(bundled.equals(readFileSync(file('tsx'))), shape[0]).toBe(true);
      }
    },
  );

  it('is run only while none of its inputs changed', { timeout: SLOW }, () => {
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
