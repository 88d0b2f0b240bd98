import type { Command } from 'commander';
import { ClusterConsolidationQuery } from '../../contract/consolidation.ts';
import { AtlasError } from '../../core/errors.ts';
import { consolidate } from '../../services/consolidation/consolidate.ts';
import type {
  ConcentrationFigures,
  Consolidation,
} from '../../services/consolidation/consolidation-types.ts';
import { withAtlas } from '../../services/open-atlas.ts';
import { choice } from '../choice.ts';
import { emit, say } from '../output.ts';
import { writeJson } from '../output/write-json.ts';
import { numberOption } from '../options/number-option.ts';

interface ConsolidateCliOptions {
  cluster?: string;
  region?: string;
  industry?: string;
  merge: string[];
  leader?: string;
  measure?: string;
  year?: string;
  partners?: string;
  nationalMedian?: string;
  format?: string;
  out?: string;
  db?: string;
}

const C = ClusterConsolidationQuery.shape;

const collect = (v: string, acc: string[]) => [...acc, v];

/** `A+B+C` → the firms it names; `+` inside a name is written `\+`. */
function mergeTokens(spec: string): string[] {
  const parts = spec
    .split(/(?<!\\)\+/)
    .map((s) => s.replace(/\\\+/g, '+').trim())
    .filter(Boolean);
  if (parts.length < 2)
    throw new AtlasError(
      'ATLAS_E_USAGE',
      `--merge ${spec}: name at least two firms joined by + (e.g. --merge 河钢唐钢+首钢京唐)`,
    );
  return parts;
}

const CR = (f: ConcentrationFigures | null, k: keyof ConcentrationFigures) => f?.[k] ?? '';

/** Rows: the profile before and after, one per merger, one per partner. */
function rows(c: Consolidation): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const [stage, f] of [
    ['before', c.before],
    ['after', c.after],
  ] as const) {
    if (!f) continue;
    out.push({
      row: stage,
      firms: f.firms,
      hhi_points: CR(f, 'hhi'),
      cr4_pct: CR(f, 'cr4'),
      cr8_pct: CR(f, 'cr8'),
      firms_for_half: CR(f, 'firmsForHalf'),
      median: CR(f, 'median'),
      unit: c.unit,
    });
  }
  c.mergers.forEach((m, i) =>
    out.push({
      row: `merger ${i + 1}`,
      name: m.members.map((f) => f.name).join('+'),
      size: m.size ?? '',
      share_pct: m.share ?? '',
      delta_hhi: m.deltaHhi ?? '',
      hhi_points: m.postHhi ?? '',
      us_2023: m.reading.us2023,
      eu_2004: m.reading.eu2004,
      unit: c.unit,
    }),
  );
  for (const p of c.partners)
    out.push({
      row: 'partner',
      name: p.name,
      organization: p.organization,
      score: p.score,
      adds: p.added.join(';'),
      overlaps: p.shared.join(';'),
      distance_km: p.distanceKm ?? '',
      shared_customers: p.sharedCustomers,
      overlap_size: p.overlapSize ?? '',
      unit: c.unit,
    });
  return out;
}

/**
 * `atlas consolidate --cluster ID [--merge A+B …]`: consolidation analysis
 * (兼并重组) of a cluster or a region × industry: concentration today and
 * after the proposed mergers, read by the US 2023 and EU 2004 merger
 * guidelines, and partners for a leading firm. Warnings go to stderr.
 */
export function registerConsolidate(program: Command): void {
  program
    .command('consolidate')
    .description(
      'Consolidation (兼并重组): HHI, CR4, CR8 today and after proposed mergers, with partners for a leading firm',
    )
    .option('--cluster <id>', 'cluster id')
    .option('--region <code>', 'region (GB/T 2260), with --industry instead of a cluster')
    .option('--industry <code>', 'industry (GB/T 4754 code or name), with --region')
    .option(
      '--merge <A+B>',
      'a proposed merger: firms by name or id joined by + (repeatable)',
      collect,
      [],
    )
    .option('--leader <firm>', 'leading firm whose partners are ranked (name or id)')
    .option('--measure <m>', 'output | revenue | employees (default: the first any firm reports)')
    .option('--year <y>', 'year of the measure (default: latest with data)')
    .option('--partners <k>', 'how many partners to list', '10')
    .option('--national-median <x>', 'national median firm size, in the measure’s unit')
    .option('--format <format>', 'csv | json | table')
    .option('--out <file>', 'write to a file instead of stdout')
    .option('--db <path>', 'database file (default $ATLAS_DB or ./atlas.duckdb)')
    .action(async (opts: ConsolidateCliOptions) => {
      const format = choice('format', opts.format, ['csv', 'json', 'table'] as const);
      const merge = opts.merge.map(mergeTokens);
      const result = await withAtlas({ path: opts.db }, (db) =>
        consolidate(
          db,
          {
            cluster: opts.cluster,
            region: opts.region,
            industry: opts.industry,
            merge,
            leader: opts.leader,
            measure: choice('measure', opts.measure, ['output', 'revenue', 'employees'] as const),
            year: numberOption.contract('year', C.year, opts.year),
            partners: numberOption.contract('partners', C.partners, opts.partners),
            nationalMedian: numberOption.contract(
              'national-median',
              C.nationalMedian,
              opts.nationalMedian,
            ),
          },
          // The command line reads the database file directly: its user sees every figure.
          { role: 'analyst' },
        ),
      );
      for (const w of result.warnings) say(`warning ${w.code}: ${w.message}`);
      if (format === 'json') {
        writeJson(result, opts.out);
        return;
      }
      say(`${result.measure} (${result.unit}), ${result.year ?? 'no year'}: ${result.source}`);
      emit(rows(result), { format, out: opts.out });
    });
}
