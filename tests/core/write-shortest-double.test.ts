import { describe, expect, it } from 'vitest';
import { writeShortestDouble } from '../../src/core/text/write-shortest-double.ts';
import { seededRandom } from '../../src/analytics/network/seeded-random.ts';

/** The fast writer against its slow obvious twin, String(v): byte for byte, no tolerance. */
const buf = Buffer.alloc(64);
function mismatches(values: Iterable<number>): string[] {
  const bad: string[] = [];
  for (const v of values) {
    const end = writeShortestDouble(buf, 3, v);
    const text = buf.toString('latin1', 3, end);
    if (text !== String(v)) bad.push(`${String(v)} written as ${text}`);
  }
  return bad;
}

function* randomValues(count: number, seed: number): Generator<number> {
  const rand = seededRandom(seed);
  for (let k = 0; k < count; k++) yield rand() * 10 ** (Math.floor(rand() * 30) - 8);
}

function* randomBits(count: number, seed: number): Generator<number> {
  const rand = seededRandom(seed);
  const f = new Float64Array(1);
  const u = new Uint32Array(f.buffer);
  for (let k = 0; k < count; k++) {
    u[0] = Math.floor(rand() * 2 ** 32);
    // Exponents around 1e-8 … 1e17, where the fast path works.
    u[1] = ((995 + Math.floor(rand() * 90)) << 20) | Math.floor(rand() * 2 ** 20);
    yield f[0];
  }
}

function* edges(): Generator<number> {
  for (let k = -30; k <= 30; k++)
    for (const m of [1, 2, 5, 10 - 2 ** -49, 1 - 2 ** -53, 1 + 2 ** -52, 3]) {
      yield m * 10 ** k;
      yield Number(`${m}e${k}`);
    }
  for (let k = -1074; k < 1024; k++) {
    yield 2 ** k;
    yield 2 ** k * (1 + 2 ** -52);
    yield 2 ** k * (1 - 2 ** -53);
  }
  yield* [0, -0, 1, NaN, Infinity, -Infinity, -1.5, 5e-324, Number.MAX_VALUE, 2 ** 53];
  yield* [2 ** 53 + 2, 1e21, 1e-7, 1e-6, 1.2345678901234568e20, 0.1, 0.2, 0.3, 0.1 + 0.2];
}

describe('writeShortestDouble writes exactly what String(v) writes', () => {
  it('on random doubles of every decimal size from 1e-8 to 1e21', () => {
    expect(mismatches(randomValues(300_000, 1))).toEqual([]);
  });
  it('on random bit patterns', () => {
    expect(mismatches(randomBits(300_000, 2))).toEqual([]);
  });
  it('on ratios like a location quotient’s and on short decimals and integers', () => {
    const rand = seededRandom(3);
    const values: number[] = [];
    for (let k = 0; k < 100_000; k++) {
      values.push(((rand() * 1e4) | 0) / ((rand() * 3e3) | 1));
      values.push(Math.round(rand() * 1e6) / 10 ** (k % 10), k, (k % 1000) / 7);
    }
    expect(mismatches(values)).toEqual([]);
  });
  it('at powers of ten and of two, their neighbours and the special values', () => {
    expect(mismatches(edges())).toEqual([]);
  });
  it('returns the position after the text and touches nothing before it', () => {
    buf.fill(0x21);
    const end = writeShortestDouble(buf, 5, 0.125);
    expect(end).toBe(10);
    expect(buf.toString('latin1', 0, end)).toBe('!!!!!0.125');
  });
});
