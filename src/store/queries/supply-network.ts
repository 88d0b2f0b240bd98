import type { Duck } from '../duck.ts';

export interface SupplyLinkDetail {
  source: string;
  target: string;
  product: string | null;
  value: number | null;
  synthetic: boolean;
}

export interface SupplyOrg {
  id: string;
  name: string;
  province: string | null;
  region: string | null;
  synthetic: boolean;
  /** Latest output with a value (confidential). */
  output: number | null;
}

/** Every supply link, and every organisation at either end with its province and latest output. */
export async function readSupplyNetwork(
  db: Duck,
): Promise<{ links: SupplyLinkDetail[]; orgs: SupplyOrg[] }> {
  const links = await db.all(
    `SELECT source, target, product, value, synthetic FROM links WHERE type = 'supply' ORDER BY source, target, product`,
  );
  const orgs = await db.all(
    `WITH ends AS (SELECT source AS id FROM links WHERE type = 'supply' UNION SELECT target FROM links WHERE type = 'supply'),
          latest AS (SELECT organization, arg_max(output, year) FILTER (WHERE output IS NOT NULL) AS output
                     FROM measures GROUP BY organization)
     SELECT o.id, o.name, o.province, o.region, o.synthetic, l.output
     FROM organizations o JOIN ends USING (id) LEFT JOIN latest l ON l.organization = o.id ORDER BY o.id`,
  );
  return {
    links: links.map((r) => ({
      source: String(r.source),
      target: String(r.target),
      product: (r.product as string | null) ?? null,
      value: r.value === null || r.value === undefined ? null : Number(r.value),
      synthetic: Boolean(r.synthetic),
    })),
    orgs: orgs.map((r) => ({
      id: String(r.id),
      name: String(r.name),
      province: (r.province as string | null) ?? null,
      region: (r.region as string | null) ?? null,
      synthetic: Boolean(r.synthetic),
      output: r.output === null || r.output === undefined ? null : Number(r.output),
    })),
  };
}
