import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { AtlasError } from '../../core/errors.ts';
import { referencePath } from '../../store/reference.ts';
import {
  IoConcordanceFile,
  IoIndexEntry,
  IoTableFile,
  type IoConcordanceFile as Concordance,
  type IoIndexEntry as Entry,
  type IoTableFile as Table,
} from './io-table.ts';

/**
 * The national input-output tables shipped in data/io/ (data/io/README.md):
 * the index, each table and each concordance, read, validated and cached on
 * first use. A file that fails validation is the package's fault:
 * ATLAS_E_DATA_INTEGRITY.
 */

const cache = new Map<string, unknown>();

function load<T>(rel: string, schema: z.ZodType<T>): T {
  const hit = cache.get(rel);
  if (hit !== undefined) return hit as T;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(referencePath(`io/${rel}`), 'utf8'));
  } catch (e) {
    throw new AtlasError('ATLAS_E_DATA_INTEGRITY', `cannot read bundled data/io/${rel}`, {
      file: `data/io/${rel}`,
      reason: e instanceof Error ? e.message : String(e),
    });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success)
    throw new AtlasError('ATLAS_E_DATA_INTEGRITY', `bundled data/io/${rel} is invalid`, {
      file: `data/io/${rel}`,
      issue: parsed.error.issues[0]?.message,
      path: parsed.error.issues[0]?.path.join('.'),
    });
  cache.set(rel, parsed.data);
  return parsed.data;
}

/** Every table, oldest first. */
export function ioTables(): Entry[] {
  return load('index.json', z.array(IoIndexEntry));
}

export function ioTable(id: string): Table {
  const entry = ioTables().find((t) => t.id === id);
  if (!entry) throw tableError({ id });
  return load(entry.file, IoTableFile);
}

export function ioConcordance(entry: Entry): Concordance | null {
  return entry.concordance ? load(entry.concordance, IoConcordanceFile) : null;
}

function tableError(asked: Record<string, unknown>): AtlasError {
  const available = ioTables().map((t) => `${t.year}/${t.sectors}`);
  return new AtlasError(
    'ATLAS_E_IO_TABLE',
    `no input-output table for ${Object.entries(asked)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}; tables: ${available.join(', ')}`,
    { asked, available },
  );
}

/**
 * The table for a year (default: the latest) and sector count (default: the
 * most detailed of that year). `sectors` 42 also finds 2010's 41-sector table,
 * the same series.
 */
export function pickIoTable(opts: { year?: number; sectors?: number } = {}): Entry {
  const all = ioTables();
  const year = opts.year ?? Math.max(...all.map((t) => t.year));
  const ofYear = all.filter((t) => t.year === year);
  const matches =
    opts.sectors === undefined
      ? ofYear
      : ofYear.filter(
          (t) => t.sectors === opts.sectors || (opts.sectors === 42 && t.sectors === 41),
        );
  if (!matches.length) throw tableError({ year, sectors: opts.sectors });
  return matches.reduce((a, b) => (b.sectors > a.sectors ? b : a));
}
