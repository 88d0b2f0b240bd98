import { describe, expect, it } from 'vitest';
import { writeFixedDigits } from '../../src/core/text/write-fixed-digits.ts';
import { writeWholeOrShortest } from '../../src/core/text/write-whole-or-shortest.ts';
import { seededRandom } from '../../src/analytics/network/seeded-random.ts';

/**
 * The fixed-digits writer against its slow obvious twin,
 * String(Number(v.toPrecision(p))). Stated tolerance: the written value
 * reads back within 0.61 units of the p-th significant digit of v, plus the
 * read-back's own rounding (|written − v| ≤ 0.61 · 10^(e+1−p) + 2^−52 |v|,
 * 10^e ≤ |v| < 10^(e+1)), and equals the
 * twin's text except where v lies within 0.11 units of a rounding tie.
 */
const buf = Buffer.alloc(64);
const write = (v: number, p: number) => buf.toString('latin1', 5, writeFixedDigits(buf, 5, v, p));
const twin = (v: number, p: number) => String(Number(v.toPrecision(p)));

function check(values: Iterable<number>, p: number): { bad: string[]; differ: number } {
  const bad: string[] = [];
  let differ = 0;
  for (const v of values) {
    const text = write(v, p);
    const back = Number(text);
    const e = Math.floor(Math.log10(Math.abs(v)));
    const unit = 10 ** (e + 1 - p);
    if (
      !(Math.abs(back - v) <= 0.61 * unit + Number.EPSILON * Math.abs(v)) ||
      !/^-?\d+(\.\d*[1-9])?(e[-+]\d+)?$/.test(text)
    )
      bad.push(`${v} written as ${text}`);
    if (text !== twin(v, p)) differ++;
  }
  return { bad, differ };
}

function* randomValues(count: number, seed: number): Generator<number> {
  const rand = seededRandom(seed);
  for (let k = 0; k < count; k++) {
    const v = rand() * 10 ** (Math.floor(rand() * 21) - 6);
    yield rand() < 0.3 ? -v : v;
  }
}

describe('writeFixedDigits', () => {
  it('rounds to p significant digits within the stated tolerance, as toPrecision does', () => {
    for (const p of [1, 6, 8, 12, 15]) {
      const { bad, differ } = check(randomValues(50_000, p), p);
      expect(bad).toEqual([]);
      // Within 0.11 units of a tie (the product's rounding) is rare up to 12 digits: at most
      // 1 in 1,000; at 15 digits the product's rounding nears a unit's tenth and about 4% differ.
      expect(differ).toBeLessThanOrEqual(p <= 12 ? 50 : 5000);
    }
  });

  it('writes fixed notation with trailing zeros dropped', () => {
    expect(write(0, 12)).toBe('0');
    expect(write(-0, 12)).toBe('0');
    expect(write(1, 12)).toBe('1');
    expect(write(12345, 12)).toBe('12345');
    expect(write(1234567890123456, 12)).toBe('1234567890120000'); // out of range: the twin
    expect(write(123456789012345, 12)).toBe('123456789012000');
    expect(write(0.1 + 0.2, 12)).toBe('0.3');
    expect(write(-0.000123456789012345, 12)).toBe('-0.000123456789012');
    expect(write(9.99999999999996, 12)).toBe('10');
    expect(write(0.999999999999999, 12)).toBe('1');
    expect(write(2 / 3, 12)).toBe('0.666666666667');
    expect(write(1e-7, 12)).toBe('1e-7');
    expect(write(Infinity, 12)).toBe('Infinity');
  });

  it('writes nothing for NaN (an empty CSV field)', () => {
    expect(writeFixedDigits(buf, 7, NaN, 12)).toBe(7);
  });

  it('equals the twin on the values of a complexity table', () => {
    const rand = seededRandom(9);
    const values = Array.from({ length: 20_000 }, () => (rand() - 0.5) * 6);
    const { bad } = check(values, 12);
    expect(bad).toEqual([]);
    for (const v of values.slice(0, 2000)) expect(Number(write(v, 12))).toBeCloseTo(v, 11);
  });
});

describe('writeWholeOrShortest', () => {
  it('writes whole numbers and everything else exactly as String(v)', () => {
    const rand = seededRandom(4);
    const values = [0, -0, 1, 9, 10, 99, 100, 2 ** 31 - 1, 2 ** 31, 1e15, -5, 0.5, 1 / 3, 1e-7];
    for (let k = 0; k < 20_000; k++) values.push(Math.floor(rand() * 10 ** (1 + (k % 10))));
    for (let k = 0; k < 2_000; k++) values.push(rand() * 1e6);
    const bad = values.filter(
      (v) => buf.toString('latin1', 5, writeWholeOrShortest(buf, 5, v)) !== String(v),
    );
    expect(bad).toEqual([]);
    expect(writeWholeOrShortest(buf, 3, NaN)).toBe(3);
  });
});
