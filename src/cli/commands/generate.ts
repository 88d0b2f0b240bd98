import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { AtlasError } from '../../core/errors.ts';
import {
  DEFAULT_GENERATE,
  MAX_FIRMS,
  generateSynthetic,
  type SyntheticDataSet,
} from '../../services/generate/generate.ts';
import { loadDefaultData } from '../../services/generate/load-default-data.ts';
import { generateInto } from '../../services/generate/into-atlas.ts';
import { withAtlas } from '../../services/open-atlas.ts';
import { audited } from '../audit.ts';
import { say } from '../output.ts';
import { numberOption } from '../options/number-option.ts';
import { SYNTHETIC_DB } from '../options/synthetic-db.ts';

interface GenerateCliOptions {
  seed: string;
  firms: string;
  clusters?: string;
  out?: string;
  into?: string;
  db?: string;
  load?: boolean;
}

export function registerGenerate(program: Command): void {
  program
    .command('generate')
    .description(
      `Generate SYNTHETIC firms, institutes and links around the default clusters (合成数据, deterministic) into a database of their own (default ${SYNTHETIC_DB})`,
    )
    .option('--seed <n>', 'random seed, 0..4294967295', String(DEFAULT_GENERATE.seed))
    .option(
      '--firms <n>',
      `how many synthetic organisations, 0..${MAX_FIRMS}`,
      String(DEFAULT_GENERATE.firms),
    )
    .option('--clusters <ids>', 'comma-separated cluster ids (default: every default cluster)')
    .option(
      '--db <path>',
      `the synthetic atlas to create: the default data plus the synthetic records (default ${SYNTHETIC_DB}, never $ATLAS_DB); refused if it already holds an atlas`,
    )
    .option(
      '--into <db>',
      'add the synthetic records to this existing atlas database instead, marking it as holding synthetic data (its import log and a banner on every page say so)',
    )
    .option('--out <file>', 'write the JSON data set here instead of a database ("-": stdout)')
    .addOption(new Option('--load').hideHelp())
    .addHelpText(
      'after',
      `\nBy default the records go into a database of their own (${SYNTHETIC_DB}; serve it with\n` +
        `atlas serve --db ${SYNTHETIC_DB}): the real atlas never gains synthetic records silently.\n` +
        'Every record is synthetic: ids start with syn-, names with 【合成】, provenance says\n' +
        'method "synthetic". --out writes JSON {meta, organizations, links, clusterMembers}.\n' +
        'The same --seed and --firms always give the same data.',
    )
    .action(runGenerate);
}

/** The checked options: seed, firm count and clusters, known to the default data. */
function generateRequest(opts: GenerateCliOptions) {
  if (opts.load) {
    throw new AtlasError(
      'ATLAS_E_USAGE',
      `--load is gone: atlas generate writes a database of its own (--db, default ${SYNTHETIC_DB}); add to an existing atlas with --into DB`,
      { option: '--load' },
    );
  }
  const targets = [opts.out, opts.into, opts.db].filter((x) => x !== undefined);
  if (targets.length > 1) {
    throw new AtlasError('ATLAS_E_USAGE', 'choose one of --db, --into and --out', {
      db: opts.db ?? null,
      into: opts.into ?? null,
      out: opts.out ?? null,
    });
  }
  const seed = numberOption.whole('seed', opts.seed, 0, 0xffffffff);
  const firms = numberOption.whole('firms', opts.firms, 0, MAX_FIRMS);
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
  if (opts.into !== undefined && !existsSync(opts.into)) {
    throw new AtlasError(
      'ATLAS_E_USAGE',
      `--into ${opts.into}: no such atlas database; --into adds to an existing atlas (leave it out to create ${SYNTHETIC_DB})`,
      { into: opts.into },
    );
  }
  return { seed, firms, clusters, base };
}

async function runGenerate(opts: GenerateCliOptions): Promise<void> {
  const { seed, firms, clusters, base } = generateRequest(opts);
  const data = generateSynthetic({ seed, firms, clusters, base });
  const c = data.meta.counts;
  const links = Object.values(c.links).reduce((a, b) => a + b, 0);
  const made =
    `SYNTHETIC data (合成数据), seed ${seed}: ${c.organizations} organisations, ${links} links, ` +
    `${c.unlinkedFirms} firms without any link (集而不群)`;
  if (opts.out !== undefined) return writeGenerated(opts.out, data, made);
  await generateIntoDb(opts, data, made);
}

/** --out: the JSON data set to a file or stdout. */
function writeGenerated(out: string, data: SyntheticDataSet, made: string): void {
  const text = JSON.stringify(data, null, 2) + '\n';
  if (out === '-') process.stdout.write(text);
  else writeFileSync(out, text);
  say(`${made}${out === '-' ? '' : ` → ${out}`}`);
}

/** --db or --into: the synthetic records into an atlas, audited. */
async function generateIntoDb(
  opts: GenerateCliOptions,
  data: SyntheticDataSet,
  made: string,
): Promise<void> {
  const seed = data.meta.seed;
  const path = opts.into ?? opts.db ?? SYNTHETIC_DB;
  const r = await withAtlas({ path }, (db) =>
    audited(
      db,
      `atlas generate --seed ${seed}`,
      resolve(path),
      () => generateInto(db, data, { fresh: opts.into === undefined, name: path }),
      (w) => ({
        seed,
        synthetic: true,
        organizations: w.organizations,
        links: w.links,
        members: w.members,
        importId: w.importId,
      }),
    ),
  );
  say(made);
  if (r.bootstrapped) say(`loaded the default data set into ${path} first`);
  say(
    `${opts.into !== undefined ? 'added to' : 'wrote'} ${path}: ${r.organizations} organisations, ${r.links} links, ${r.members} memberships` +
      (r.skippedLinks + r.skippedMembers > 0
        ? ` (${r.skippedLinks} links and ${r.skippedMembers} memberships skipped: they pointed at records ${path} does not hold)`
        : ''),
  );
  say(
    `derived ${r.derived.capabilities} capabilities and ${r.derived.platforms} service platforms from the organisations (matchmaking)`,
  );
  say(
    `${path} now holds ${r.syntheticOrganizations} synthetic organisations, ${(r.syntheticShare * 100).toFixed(1)}% of all; marked synthetic in the data, the API and on screen`,
  );
}
