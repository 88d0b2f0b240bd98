import type { Command } from 'commander';
import { AtlasError } from '../../core/errors.ts';
import { overCapacity } from '../../services/capacity/over-capacity-signals.ts';
import { withAtlas } from '../../services/open-atlas.ts';
import { choice } from '../choice.ts';
import { emit, say } from '../output.ts';
import { numberOption } from '../options/number-option.ts';
import { writeJson } from '../output/write-json.ts';

interface Opts {
  level?: string;
  industries?: string;
  from?: string;
  to?: string;
  lq?: string;
  lag?: string;
  minFirms?: string;
  all?: boolean;
  format?: string;
  out?: string;
  db?: string;
}

/**
 * `atlas capacity over-capacity`: over-capacity signals by region × GB/T
 * 4754 division from the loaded regional statistics and firms' own output
 * (services/capacity/over-capacity-signals.ts) — signals with their method,
 * never capacity figures. The method and sources go to stderr.
 */
export function registerOverCapacity(capacity: Command): void {
  capacity
    .command('over-capacity')
    .description(
      'Over-capacity signals by region × industry (signals with their method, no capacity figure)',
    )
    .option('--level <level>', 'province | prefecture', 'province')
    .option(
      '--industries <codes>',
      'GB/T 4754 divisions, comma-separated (default 17,25,26,30,31,32)',
    )
    .option(
      '--from <year>',
      'earlier year (default: the earliest with output within 5 years of --to)',
    )
    .option('--to <year>', 'later year (default: the latest with output)')
    .option('--lq <lq>', 'location quotient from which a region counts as specialised', '1.25')
    .option(
      '--lag <share>',
      'yearly growth shortfall against the industry (0.05 = 5 points)',
      '0.05',
    )
    .option('--min-firms <n>', 'fewest firms with output in both years for the firm signal', '5')
    .option('--all', 'every region × division, not only those with a signal')
    .option('--format <format>', 'csv | json | table')
    .option('--out <file>', 'write to a file')
    .option('--db <path>', 'database file')
    .action(async (o: Opts) => {
      const level = choice('level', o.level, ['province', 'prefecture'] as const);
      const industries = o.industries?.split(',').map((s) => s.trim());
      if (industries?.some((d) => !/^\d{2}$/.test(d)))
        throw new AtlasError(
          'ATLAS_E_USAGE',
          `--industries takes two-digit GB/T 4754 divisions, not ${o.industries}`,
        );
      const r = await withAtlas({ path: o.db }, (db) =>
        overCapacity(db, {
          level,
          industries,
          from: numberOption.nonNegativeWhole('from', o.from),
          to: numberOption.nonNegativeWhole('to', o.to),
          lq: numberOption.nonNegative('lq', o.lq),
          lag: numberOption.nonNegative('lag', o.lag),
          minFirms: numberOption.nonNegativeWhole('min-firms', o.minFirms),
          signalledOnly: !o.all,
        }),
      );
      for (const w of r.warnings) say(`warning ${w.code}: ${w.message}`);
      say(`method: ${r.method.en}`);
      say(`sources: ${r.provenance.sources.join('; ') || 'none'} (${r.provenance.note})`);
      if (o.format === 'json') return writeJson(r, o.out);
      emit(
        r.rows.map((x) => ({
          region: x.region,
          region_name: x.regionName,
          division: x.division,
          division_name: x.divisionName,
          output_from: x.outputFrom ?? '',
          output_to: x.outputTo ?? '',
          lq: x.lq ?? '',
          growth: x.growth ?? '',
          industry_growth: x.industryGrowth ?? '',
          firms: x.firms ?? '',
          firms_falling: x.firmsFalling ?? '',
          signals: x.signals.map((s) => s.code).join(' '),
        })),
        { format: o.format, out: o.out },
      );
    });
}
