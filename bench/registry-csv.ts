/**
 * Seeded organisation registries as CSV (name, USCC, GB/T 2260 region, lon,
 * lat, GB/T 4754 class, employees, revenue, year), the shape a market
 * regulation office exports: one firm per row, every row valid, names and
 * USCCs unique. For the import benchmark and the large-file import test;
 * synthetic, never loaded into a real atlas.
 */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { usccCheckChar } from '../src/core/ids/uscc.ts';

const ROOT = new URL('../data/', import.meta.url);
const ORG_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WORDS = ['华', '兴', '达', '盛', '恒', '新', '泰', '远', '中', '科', '明', '通', '瑞', '丰'];
const TAILS = ['科技有限公司', '机械有限公司', '电子股份有限公司', '新材料有限公司'];

export const REGISTRY_HEADER =
  '企业名称,统一社会信用代码,区划代码,经度,纬度,行业代码,从业人员,营业收入,年份';

/** mulberry32: a small seeded generator, enough for test data. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Place {
  code: string;
  lon: number;
  lat: number;
}

function places(): Place[] {
  const regions = JSON.parse(readFileSync(new URL('regions.json', ROOT), 'utf8')) as {
    code: string;
    level: string;
    parent: string | null;
    centroid?: [number, number];
  }[];
  // Counties carry no centroid: a firm sits near its prefecture's.
  const centroid = new Map(regions.flatMap((r) => (r.centroid ? [[r.code, r.centroid]] : [])));
  return regions.flatMap((r) => {
    const c = r.level === 'county' && r.parent ? centroid.get(r.parent) : undefined;
    return c ? [{ code: r.code, lon: c[0], lat: c[1] }] : [];
  });
}

function classes(): string[] {
  const ind = JSON.parse(readFileSync(new URL('industries/gbt4754-2017.json', ROOT), 'utf8')) as {
    code: string;
    level: number;
  }[];
  return ind.filter((i) => i.level === 4).map((i) => i.code);
}

/** The data row of firm i (0-based): deterministic in (seed, i). */
export function registryRows(seed = 1): (i: number) => string {
  const P = places();
  const C = classes();
  return (i) => {
    const rand = rng(Math.imul(seed, 0x9e3779b1) ^ i);
    const p = P[Math.floor(rand() * P.length)];
    const w = WORDS[i % WORDS.length] + WORDS[Math.floor(i / WORDS.length) % WORDS.length];
    const name = `${p.code}${w}${i}号${TAILS[i % TAILS.length]}`;
    let org = '';
    for (let k = 0, n = i; k < 9; k++, n = Math.floor(n / 31)) org = ORG_ALPHABET[n % 31] + org;
    const first17 = `91${p.code}${org}`;
    const uscc = first17 + usccCheckChar(first17);
    const lon = (p.lon + (rand() - 0.5) * 0.1).toFixed(5);
    const lat = (p.lat + (rand() - 0.5) * 0.1).toFixed(5);
    const cls = C[Math.floor(rand() * C.length)];
    const employees = 5 + Math.floor(rand() * 2000);
    const revenue = (rand() * 50000).toFixed(1);
    const year = 2019 + Math.floor(rand() * 6);
    return `${name},${uscc},${p.code},${lon},${lat},${cls},${employees},${revenue},${year}`;
  };
}

/**
 * Writes a registry of `rows` firms to `path` (UTF-8, LF). `replace(i)` may
 * return another line for row i (a bad row, for tests); undefined keeps it.
 */
export function writeRegistryCsv(
  path: string,
  rows: number,
  opts: { seed?: number; replace?: (i: number) => string | undefined } = {},
): void {
  const row = registryRows(opts.seed ?? 1);
  const fd = openSync(path, 'w');
  try {
    let buf = REGISTRY_HEADER + '\n';
    for (let i = 0; i < rows; i++) {
      const line = row(i);
      buf += (opts.replace?.(i) ?? line) + '\n';
      if (buf.length > 1 << 20) {
        writeSync(fd, buf);
        buf = '';
      }
    }
    writeSync(fd, buf);
  } finally {
    closeSync(fd);
  }
}
