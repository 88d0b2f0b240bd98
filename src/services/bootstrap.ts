import { warning, type AtlasWarning } from '../core/errors.ts';
import { recordLocalWrite, type LocalActor } from './access/audit.ts';
import { deriveMatchingRecords } from './matching/derive-all.ts';
import { Cluster } from '../core/model/cluster.ts';
import { Link } from '../core/model/link.ts';
import { Organization } from '../core/model/organization.ts';
import { Provenance } from '../core/model/provenance.ts';
import { writeClusters } from '../store/clusters.ts';
import { counts } from '../store/counts.ts';
import type { Duck } from '../store/duck.ts';
import { writeIndicators } from '../store/indicators.ts';
import { writeLinks } from '../store/links.ts';
import { writeOrganizations } from '../store/organizations.ts';
import { loadNationalClusters } from '../store/reference.ts';
import { loadDefaultData } from './generate/load-default-data.ts';
import { loadListedData, mergeListed } from './generate/listed-firms.ts';
import { generateSynthetic } from './generate/generate.ts';
import { writeSynthetic } from './generate/load-synthetic.ts';

const SYSTEM: LocalActor = { actor: 'system', role: 'system' };

export interface BootstrapResult {
  loaded: boolean;
  warnings: AtlasWarning[];
  counts?: { organizations: number; links: number; clusters: number; synthetic: number };
}

/**
 * Loads the default data set into an empty atlas, in one transaction:
 * MIIT's national cluster list (data/clusters/national.json), the clusters,
 * organisations, links and figures the seed articles name (data/default/),
 * and, only when asked (`opts.synthetic`, e.g. DEFAULT_GENERATE), a
 * synthetic population around them, every synthetic record marked so: by
 * default a fresh atlas holds no synthetic record (`atlas generate` makes
 * them, into a database of their own). A national cluster that the
 * default data describes too keeps the official list's name, regions and
 * provenance and gains the default data's members and industries.
 * An atlas that already holds organisations or clusters is left alone.
 * Then matchmaking's derived records (capabilities, service platforms) are
 * derived from what was loaded, and the load goes to the audit log (actor
 * `system`), so no later read has anything to write.
 */
export async function bootstrap(
  db: Duck,
  opts: {
    synthetic?: { seed: number; firms: number } | false;
    /** Derive matchmaking's records (capabilities, platforms); false when the caller will. */
    derive?: boolean;
  } = {},
): Promise<BootstrapResult> {
  const before = await counts(db);
  if (before.organizations > 0 || before.clusters > 0) return { loaded: false, warnings: [] };

  const base = loadDefaultData();
  const listed = loadListedData();
  const clusters = defaultClusters(base, listed);
  const organizations = mergeListed(
    base.organizations.map((o) => Organization.parse(o)),
    listed.organizations.map((o) => Organization.parse(o)),
  );
  const links = base.links.map((l) => Link.parse(l));
  const indicators = base.indicators.map((i) => ({
    ...i,
    provenance: Provenance.parse(i.provenance),
  }));

  const gen = opts.synthetic ?? false;
  const synthetic = gen ? generateSynthetic({ ...gen, base }) : undefined;

  const syn = await db.transaction(async (tx) => {
    await writeClusters(tx, [...clusters.values()]);
    await writeOrganizations(tx, organizations);
    await writeLinks(tx, links);
    await writeIndicators(tx, indicators);
    return synthetic ? writeSynthetic(tx, synthetic) : undefined;
  });

  // Matchmaking's derived records are made now, with the data, not by the first read.
  const derived = opts.derive === false ? null : await deriveMatchingRecords(db);
  const loaded = {
    organizations: organizations.length + (syn?.organizations ?? 0),
    links: links.length + (syn?.links ?? 0),
    clusters: clusters.size,
    synthetic: syn?.organizations ?? 0,
  };
  await recordLocalWrite(db, SYSTEM, 'bootstrap', 'the default data set', 200, {
    ...loaded,
    ...(derived ? { derived } : {}),
  });

  const warnings: AtlasWarning[] = [];
  if (gen && syn && syn.organizations > 0)
    warnings.push(
      warning(
        'ATLAS_W_SYNTHETIC_DATA',
        `${syn.organizations} synthetic organisations and ${syn.links} synthetic links were generated (atlas generate --seed ${gen.seed}); they are marked synthetic everywhere`,
      ),
    );
  return { loaded: true, warnings, counts: loaded };
}

/**
 * The official national clusters, each completed by the default data's
 * members and industries (or the default data's own cluster), then the
 * listed firms' industries and memberships where a cluster lacks them.
 */
function defaultClusters(
  base: ReturnType<typeof loadDefaultData>,
  listed: ReturnType<typeof loadListedData>,
): Map<string, Cluster> {
  const national = new Map(loadNationalClusters().map((c) => [c.id, Cluster.parse(c)]));
  const clusters = new Map(national);
  for (const input of base.clusters) {
    const c = Cluster.parse(input);
    const official = national.get(c.id);
    clusters.set(
      c.id,
      official
        ? {
            ...official,
            industries: c.industries,
            members: c.members.map((m) => ({ ...m, provenance: m.provenance ?? c.provenance })),
            chainTemplates: c.chainTemplates,
          }
        : {
            ...c,
            members: c.members.map((m) => ({ ...m, provenance: m.provenance ?? c.provenance })),
          },
    );
  }
  for (const { cluster, industries } of listed.industries) {
    const c = clusters.get(cluster);
    if (c && c.industries.length === 0) clusters.set(cluster, { ...c, industries });
  }
  for (const m of listed.members) {
    const c = clusters.get(m.cluster);
    if (!c || c.members.some((x) => x.organization === m.organization)) continue;
    c.members = [
      ...c.members,
      { organization: m.organization, role: m.role, provenance: m.provenance },
    ];
  }
  return clusters;
}
