import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IndustryIndex } from '../../src/core/reference/industry-index.ts';
import { RegionIndex } from '../../src/core/reference/region-index.ts';
import type { Industry } from '../../src/core/model/industry.ts';
import type { Region } from '../../src/core/model/region.ts';

export const FIXTURES = 'tests/fixtures/ingest';
export const TUSHARE = '../shared/data/cn-listed-firms/tushare_stock_basic.csv';

let cached: { regions: RegionIndex; industries: IndustryIndex } | undefined;

/** The bundled reference data (data/), as the import service will use it. */
export function lookups(): { regions: RegionIndex; industries: IndustryIndex } {
  cached ??= {
    regions: new RegionIndex(JSON.parse(readFileSync('data/regions.json', 'utf8')) as Region[]),
    industries: new IndustryIndex(
      JSON.parse(readFileSync('data/industries/gbt4754-2017.json', 'utf8')) as Industry[],
    ),
  };
  return cached;
}

export const PROVENANCE = { source: 'test fixture', method: 'import', synthetic: true } as const;

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'atlas-ingest-'));
}

export function writeTemp(dir: string, name: string, content: string | Uint8Array): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

let gbTable: Map<string, number[]> | undefined;

/**
 * Encodes text as GB18030 for the characters of the 2-byte GBK range (all a
 * fixture needs): a table built by decoding every lead/trail byte pair with
 * Node's TextDecoder, inverted. ASCII passes through.
 */
export function encodeGb18030(text: string): Uint8Array {
  if (!gbTable) {
    gbTable = new Map();
    const dec = new TextDecoder('gb18030');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const ch = dec.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && ch !== '\ufffd' && !gbTable.has(ch)) gbTable.set(ch, [lead, trail]);
      }
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    if (cp < 0x80) out.push(cp);
    else {
      const bytes = gbTable.get(ch);
      if (!bytes) throw new Error(`no GBK bytes for ${ch}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}
