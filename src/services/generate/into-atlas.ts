import { AtlasError, warning, type AtlasWarning } from '../../core/errors.ts';
import { counts } from '../../store/counts.ts';
import type { Duck } from '../../store/duck.ts';
import { logImport } from '../../store/imports.ts';
import { bootstrap } from '../bootstrap.ts';
import { deriveMatchingRecords, type DerivedCounts } from '../matching/derive-all.ts';
import type { SyntheticDataSet } from './generate.ts';
import { writeSynthetic } from './load-synthetic.ts';

/** The import log's kind for a generated data set: the atlas's mark of holding synthetic data. */
export const SYNTHETIC_IMPORT_KIND = 'synthetic';

export interface GenerateIntoResult {
  /** The atlas was empty and got the default (real) data first. */
  bootstrapped: boolean;
  organizations: number;
  links: number;
  members: number;
  skippedLinks: number;
  skippedMembers: number;
  /** The import log entry that marks the atlas as holding synthetic data. */
  importId: string;
  /** Matchmaking's records derived again from every organisation, the synthetic ones included. */
  derived: DerivedCounts;
  /** After writing: synthetic organisations of the atlas, and their share of all. */
  syntheticOrganizations: number;
  syntheticShare: number;
  warnings: AtlasWarning[];
}

/**
 * Adds a generated data set to an atlas (`atlas generate`, into its own
 * database or `--into` an existing one), in one transaction with the import
 * log entry (kind 'synthetic', the generator's meta as its report) that marks
 * the atlas as holding synthetic data. An empty atlas first gets the default
 * data, which the synthetic firms are built around. Refuses, changing
 * nothing, an atlas that already holds the records of the same seed, and
 * with `fresh` (a database of its own) one that holds any organisation or
 * cluster.
 */
export async function generateInto(
  db: Duck,
  data: SyntheticDataSet,
  opts: { file?: string; fresh?: boolean; name?: string } = {},
): Promise<GenerateIntoResult> {
  if (opts.fresh) {
    const before = await counts(db);
    if (before.organizations > 0 || before.clusters > 0) {
      const name = opts.name ?? 'the database';
      throw new AtlasError(
        'ATLAS_E_USAGE',
        `${name} already holds an atlas: remove it, choose another database, or add to it with --into ${name}`,
        { db: name },
      );
    }
  }
  const boot = await bootstrap(db, { synthetic: false, derive: false });
  const seed = data.meta.seed;
  const taken = await db.one(`SELECT count(*) AS n FROM organizations WHERE id LIKE $p`, {
    p: `syn-s${seed}-%`,
  });
  if (Number(taken?.n ?? 0) > 0) {
    throw new AtlasError(
      'ATLAS_E_BAD_VALUE',
      `this atlas already holds ${Number(taken?.n)} synthetic organisations of seed ${seed}: generate with another --seed, or into another database`,
      { field: 'seed', value: seed },
    );
  }
  const written = await db.transaction(async (tx) => {
    const w = await writeSynthetic(tx, data);
    const importId = await logImport(tx, {
      file: opts.file ?? `atlas generate --seed ${seed} --firms ${data.meta.firms}`,
      kind: SYNTHETIC_IMPORT_KIND,
      rowsRead: data.organizations.length + data.links.length,
      rowsWritten: w.organizations + w.links,
      report: { meta: data.meta, written: w },
    });
    return { ...w, importId };
  });
  // The synthetic firms get their derived capabilities and platforms with the real ones.
  const derived = await deriveMatchingRecords(db);
  const after = await counts(db);
  const syntheticShare =
    after.organizations > 0 ? after.synthetic_organizations / after.organizations : 0;
  return {
    bootstrapped: boot.loaded,
    ...written,
    derived,
    syntheticOrganizations: after.synthetic_organizations,
    syntheticShare,
    warnings: [
      ...boot.warnings,
      warning(
        'ATLAS_W_SYNTHETIC_DATA',
        `${written.organizations} synthetic organisations and ${written.links} synthetic links were generated (atlas generate --seed ${seed}); ${(syntheticShare * 100).toFixed(1)}% of the atlas's organisations are now synthetic, marked so everywhere`,
        {
          organizations: written.organizations,
          links: written.links,
          syntheticOrganizations: after.synthetic_organizations,
          syntheticShare,
        },
      ),
    ],
  };
}
