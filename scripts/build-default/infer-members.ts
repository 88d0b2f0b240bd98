import type { RegionRow } from './place-firm.ts';

interface Firm {
  id: string;
  name: string;
  region: string;
  locationPrecision: string;
  industryLabels: string[];
  provenance: { verified: boolean; confidence: number };
}

interface NationalCluster {
  id: string;
  name: string;
  regions: string[];
}

export interface InferredMember {
  cluster: string;
  organization: string;
  provenance: {
    source: string;
    method: 'inferred';
    confidence: number;
    verified: false;
    note: string;
  };
}

/** Confidence of a membership inferred from a core label and from a related one. */
export const CORE_CONFIDENCE = 0.7;
export const RELATED_CONFIDENCE = 0.4;
/** A firm whose city is itself inferred (from its stock name) weighs less. */
const INFERRED_CITY_FACTOR = 0.8;

/**
 * A listed firm is inferred a member of a national cluster when its prefecture
 * is one of the cluster's cities and its industry label is one of the
 * cluster's field (core: the cluster's own product; related: broader). The
 * rule never makes a firm known only by its province a member.
 */
export function inferMembers(
  firms: readonly Firm[],
  clusters: readonly NationalCluster[],
  labels: Readonly<Record<string, { core: string[]; related: string[] }>>,
  regions: readonly RegionRow[],
): InferredMember[] {
  const name = new Map(regions.map((r) => [r.code, r.nameZh]));
  const out: InferredMember[] = [];
  for (const c of clusters) {
    const cities = new Set(c.regions);
    const field = labels[c.id] ?? { core: [], related: [] };
    for (const f of firms) {
      if (f.locationPrecision !== 'prefecture' || !cities.has(f.region)) continue;
      const label = f.industryLabels[0];
      const core = field.core.includes(label);
      if (!core && !field.related.includes(label)) continue;
      const cityInferred = !f.provenance.verified;
      const confidence =
        (core ? CORE_CONFIDENCE : RELATED_CONFIDENCE) * (cityInferred ? INFERRED_CITY_FACTOR : 1);
      out.push({
        cluster: c.id,
        organization: f.id,
        provenance: {
          source: 'Cluster Atlas membership rule: listed firm × cluster city × field label',
          method: 'inferred',
          confidence: Math.round(confidence * 100) / 100,
          verified: false,
          note:
            `${f.name} is listed in ${name.get(f.region)}, one of the cluster's cities, ` +
            `with the industry label ${label}, a ${core ? 'core' : 'related'} label of the cluster's field` +
            `${cityInferred ? ' (its city is inferred from its stock name)' : ''}. ` +
            'Inferred, not a confirmed membership.',
        },
      });
    }
  }
  return out;
}
