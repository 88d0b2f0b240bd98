import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { AtlasError } from '../../core/errors.ts';
import {
  DEFAULT_GENERATE,
  MAX_FIRMS,
  generateSynthetic,
} from '../../services/generate/generate.ts';
import { loadDefaultData } from '../../services/generate/defaultData.ts';
import { writeSynthetic } from '../../services/generate/load-synthetic.ts';
import { withAtlas } from '../../services/open-atlas.ts';
import { bootstrap } from '../../services/bootstrap.ts';
import { say } from '../output.ts';

interface GenerateCliOptions {
  seed: string;
  firms: string;
  clusters?: string;
  out?: string;
  load?: boolean;
  db?: string;
}

/** A whole decimal number in [min, max], or ATLAS_E_USAGE naming the option. */
export function parseWhole(option: string, value: string, min: number, max: number): number {
  const n = /^\d+$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new AtlasError(
      'ATLAS_E_USAGE',
      `${option} takes a whole number from ${min} to ${max}, got "${value}"`,
      { option, value },
    );
  }
  return n;
}

export function registerGenerate(program: Command): void {
  program
    .command('generate')
    .description(
      'Generate SYNTHETIC firms, institutes and links around the default clusters (合成数据, deterministic)',
    )
    .option('--seed <n>', 'random seed, 0..4294967295', String(DEFAULT_GENERATE.seed))
    .option(
      '--firms <n>',
      `how many synthetic organisations, 0..${MAX_FIRMS}`,
      String(DEFAULT_GENERATE.firms),
    )
    .option('--clusters <ids>', 'comma-separated cluster ids (default: every default cluster)')
    .option('--out <file>', 'write the JSON here instead of stdout')
    .option('--load', 'load the records into the atlas (one transaction) instead of printing them')
    .option('--db <path>', 'database file for --load (default $ATLAS_DB or ./atlas.duckdb)')
    .addHelpText(
      'after',
      '\nOutput: JSON {meta, organizations, links, clusterMembers}. Every record is synthetic:\n' +
        'ids start with syn-, names with 【合成】, provenance says method "synthetic".\n' +
        'The same --seed and --firms always give the same data.',
    )
    .action(async (opts: GenerateCliOptions) => {
      const seed = parseWhole('--seed', opts.seed, 0, 0xffffffff);
      const firms = parseWhole('--firms', opts.firms, 0, MAX_FIRMS);
      const clusters = opts.clusters
        ?.split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      if (clusters && clusters.length === 0) {
        throw new AtlasError('ATLAS_E_USAGE', '--clusters needs at least one cluster id');
      }
      const base = loadDefaultData();
      const known = new Set(base.clusters.map((c) => c.id));
      const unknown = (clusters ?? []).filter((c) => !known.has(c));
      if (unknown.length > 0) {
        throw new AtlasError(
          'ATLAS_E_USAGE',
          `unknown cluster id(s): ${unknown.join(', ')}; known: ${[...known].join(', ')}`,
          { unknown },
        );
      }
      const data = generateSynthetic({ seed, firms, clusters, base });
      if (opts.load) {
        // Synthetic firms are built around the default clusters and leaders: load those first.
        const n = await withAtlas({ path: opts.db }, async (db) => {
          await bootstrap(db, { synthetic: false });
          return db.transaction((tx) => writeSynthetic(tx, data));
        });
        say(
          `loaded into the atlas: ${n.organizations} organisations, ${n.links} links, ${n.members} memberships`,
        );
      } else {
        const text = JSON.stringify(data, null, 2) + '\n';
        if (opts.out) writeFileSync(opts.out, text);
        else process.stdout.write(text);
      }
      const c = data.meta.counts;
      const links = Object.values(c.links).reduce((a, b) => a + b, 0);
      say(
        `SYNTHETIC data (合成数据), seed ${seed}: ${c.organizations} organisations, ${links} links, ` +
          `${c.unlinkedFirms} firms without any link (集而不群)${opts.out ? ` → ${opts.out}` : ''}`,
      );
    });
}
