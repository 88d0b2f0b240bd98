/**
 * `atlas graph` end to end through main(): outputs, --detail, and every
 * documented input problem (bad weight, negative weight, missing column,
 * empty file, self-loops, zero weights) → error or warning, never a crash.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AtlasError } from '../../src/core/errors.ts';
import { runGraphFile } from '../../src/services/network/run-graph-file.ts';
import { runMain } from '../cli/run-main.ts';

const dir = mkdtempSync(join(tmpdir(), 'atlas-graph-'));
const karate = fileURLToPath(new URL('../fixtures/network/karate.csv', import.meta.url));
const lesmis = fileURLToPath(new URL('../fixtures/network/lesmis.csv', import.meta.url));

function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

async function rejects(p: Promise<unknown>): Promise<AtlasError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(AtlasError);
    return e as AtlasError;
  }
  throw new Error('expected an AtlasError');
}

describe('atlas graph', () => {
  it('writes node,value for pagerank, in order of first appearance', async () => {
    const out = join(dir, 'pr.csv');
    const r = await runMain(['graph', 'pagerank', '--edges', karate, '--out', out]);
    expect(r.code).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('node,value');
    expect(lines).toHaveLength(35);
    expect(lines[1].startsWith('1,0.0969972')).toBe(true);
    expect(r.err).toMatch(/converged true/);
  });

  it('writes node,community and, with --detail, one column per level and the modularity', async () => {
    const out = join(dir, 'lv.csv');
    const r = await runMain([
      'graph',
      'louvain',
      '--edges',
      karate,
      '--seed',
      '1',
      '--detail',
      '--out',
      out,
    ]);
    expect(r.code).toBe(0);
    const header = readFileSync(out, 'utf8').split('\n')[0];
    expect(header).toMatch(/^node,community,level1/);
    expect(r.err).toMatch(/modularity 0\.4/);
  });

  it('density is one measure,value row; JSON format works', async () => {
    const out = join(dir, 'd.json');
    expect(
      (await runMain(['graph', 'density', '--edges', karate, '--format', 'json', '--out', out]))
        .code,
    ).toBe(0);
    const rows = JSON.parse(readFileSync(out, 'utf8')) as { measure: string; value: number }[];
    expect(rows[0].measure).toBe('density');
    expect(rows[0].value).toBeCloseTo((2 * 78) / (34 * 33), 12);
  });

  it('weighted betweenness uses weights as lengths; sampled estimate runs', async () => {
    const exact = await runGraphFile('betweenness', lesmis, { weighted: true });
    const sampled = await runGraphFile('betweenness', lesmis, {
      weighted: true,
      samples: 40,
      seed: 3,
    });
    expect(exact.rows).toHaveLength(77);
    expect(sampled.summary.sampledSources).toBe(40);
  });

  it('a bad weight is an error naming file, row and column; nothing is written', async () => {
    const f = file('bad.csv', 'source,target,weight\na,b,1\nb,c,heavy\n');
    const e = await rejects(runGraphFile('pagerank', f, { weighted: true }));
    expect(e.code).toBe('ATLAS_E_INVALID_ROWS');
    expect(e.details.rows).toEqual([
      { file: f, row: 3, column: 'weight', value: 'heavy', reason: 'weight is not a number' },
    ]);
    const out = join(dir, 'never.csv');
    const r = await runMain(['graph', 'pagerank', '--edges', f, '--weighted', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/row 3, column weight/);
    expect(existsSync(out)).toBe(false);
  });

  it('a negative weight is an error; without --weighted the column is ignored', async () => {
    const f = file('neg.csv', 'source,target,weight\na,b,-2\nb,c,1\n');
    const e = await rejects(runGraphFile('strength', f, { weighted: true }));
    expect(e.code).toBe('ATLAS_E_INVALID_ROWS');
    expect((e.details.rows as { reason: string }[])[0].reason).toMatch(/negative weight/);
    const r = await runGraphFile('strength', f);
    expect(r.rows.map((x) => x.value)).toEqual([1, 2, 1]);
  });

  it('missing columns and empty files are errors', async () => {
    const noTarget = file('nt.csv', 'source,to\na,b\n');
    expect((await rejects(runGraphFile('degree', noTarget))).code).toBe('ATLAS_E_MISSING_COLUMN');
    const noWeight = file('nw.csv', 'source,target\na,b\n');
    const e = await rejects(runGraphFile('pagerank', noWeight, { weighted: true }));
    expect(e.code).toBe('ATLAS_E_MISSING_COLUMN');
    expect((await rejects(runGraphFile('degree', file('e.csv', '')))).code).toBe(
      'ATLAS_E_FILE_EMPTY',
    );
    const headerOnly = file('h.csv', 'source,target\n');
    expect((await rejects(runGraphFile('degree', headerOnly))).code).toBe('ATLAS_E_FILE_EMPTY');
    const empty = file('es.csv', 'source,target\na,\n');
    const e2 = await rejects(runGraphFile('degree', empty));
    expect(e2.code).toBe('ATLAS_E_INVALID_ROWS');
    expect((e2.details.rows as { column: string }[])[0].column).toBe('target');
  });

  it('self-loops and zero weights are dropped with warnings; their nodes stay, isolated', async () => {
    const f = file('loops.csv', 'source,target,weight\na,a,1\na,b,2\nb,c,0\nc,d,1\na,b,1\n');
    const r = await runGraphFile('degree', f, { weighted: false });
    expect(r.warnings.map((w) => w.code)).toEqual([
      'ATLAS_W_SELF_LOOPS_DROPPED',
      'ATLAS_W_PARALLEL_EDGES',
    ]);
    const w = await runGraphFile('strength', f, { weighted: true });
    expect(w.warnings.map((x) => x.code)).toEqual([
      'ATLAS_W_SELF_LOOPS_DROPPED',
      'ATLAS_W_ZERO_WEIGHTS_DROPPED',
      'ATLAS_W_PARALLEL_EDGES',
    ]);
    expect(Object.fromEntries(w.rows.map((x) => [x.node, x.value]))).toEqual({
      a: 3,
      b: 3,
      c: 1,
      d: 1,
    });
    const c = await runGraphFile('clustering', f);
    expect(c.rows.find((x) => x.node === 'a')?.value).toBeNull();
  });

  it('unknown algorithm and bad options are usage errors', async () => {
    expect((await rejects(runGraphFile('magic', karate))).code).toBe('ATLAS_E_UNKNOWN_NAME');
    expect((await runMain(['graph', 'degree', '--edges', karate, '--mode', 'up'])).code).toBe(1);
    expect((await runMain(['graph', 'degree'])).code).toBe(1);
  });
});
