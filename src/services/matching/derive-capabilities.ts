import type { Duck } from '../../store/duck.ts';
import {
  countCapabilities,
  partyFacts,
  readSuppliedProducts,
  upsertRows,
} from '../../store/matching.ts';
import { invalidateMatching } from './matching-cache.ts';
import { stamp } from './now.ts';

/** Kinds whose offer is a product or service a buyer can source. */
const SUPPLYING_KINDS = new Set(['enterprise', 'service_provider', 'platform']);

/**
 * Derives one capability per supplying organisation (enterprise, service
 * provider, platform) from what the atlas knows of it: its name, the names of
 * its GB/T 4754 classes and the products of its supply and service links.
 * Derived rows (id `cap-derived-<org>`, derived = true, method 'inferred',
 * verified false, synthetic when the organisation is) are replaced on each
 * run; posted capabilities are never touched. Cost: two scans of the store.
 */
export async function deriveCapabilities(
  db: Duck,
  opts: { now?: Date | string } = {},
): Promise<{ written: number }> {
  const facts = await partyFacts(db);
  const products = new Map<string, string[]>();
  for (const p of await readSuppliedProducts(db)) {
    if (p.type === 'collaboration') continue; // R&D topics are not an offer
    const l = products.get(p.organization) ?? [];
    l.push(p.product);
    products.set(p.organization, l);
  }
  const at = stamp(opts.now);
  const rows = facts
    .filter((f) => SUPPLYING_KINDS.has(f.kind))
    .map((f) => {
      const made = products.get(f.id) ?? [];
      return {
        id: `cap-derived-${f.id}`,
        organization: f.id,
        title: made.length > 0 ? made.join('、') : f.name,
        description: [f.name, ...f.industry_names].join(' '),
        kind: f.kind === 'enterprise' ? 'product' : 'service',
        products: made,
        processes: [],
        certifications: [],
        nodes: f.industries,
        derived: true,
        created_at: at,
        synthetic: f.synthetic,
        provenance: {
          source: 'atlas match derive',
          method: 'inferred',
          confidence: made.length > 0 ? 0.8 : 0.5,
          verified: false,
          synthetic: f.synthetic,
          note: "Derived from the organisation's name, industry classes and the products of its supply and service links; not stated by the organisation.",
        },
      };
    });
  await db.transaction(async (tx) => {
    await tx.exec('DELETE FROM capabilities WHERE derived');
    await upsertRows(tx, 'capabilities', rows);
  });
  invalidateMatching(db, 'capabilities');
  return { written: rows.length };
}

/** Derives capabilities once, when the atlas has none yet (first match on a new atlas). */
export async function ensureCapabilities(db: Duck): Promise<{ derived: number }> {
  if ((await countCapabilities(db)) > 0) return { derived: 0 };
  return { derived: (await deriveCapabilities(db)).written };
}
