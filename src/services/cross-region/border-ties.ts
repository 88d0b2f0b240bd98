import type { MemberTieRow, PlacedMemberRow } from '../../store/queries/cross-region.ts';

/**
 * The ties of a cluster (links and matchmaking matches between members)
 * sorted by the border: a tie is within a side when both ends stand in the
 * same province, across when they stand in two; a tie with an end of
 * unknown province is neither. Counted per type; the ties across listed,
 * supply first. Cost O(ties).
 */
export interface TieSide {
  id: string;
  name: string;
  province: string;
  city: string | null;
}

export interface SortedTies {
  counts: { type: string; within: number; across: number }[];
  across: {
    id: string;
    type: string;
    from: TieSide;
    to: TieSide;
    product: string | null;
    status: string | null;
    synthetic: boolean;
  }[];
  /** Ties with both ends on one side, per province. */
  withinByProvince: Map<string, number>;
  /** Ties with both ends in one city, per city. */
  withinByCity: Map<string, number>;
}

const TYPE_ORDER = ['supply', 'collaboration', 'match', 'service', 'investment', 'ownership'];
const order = (t: string) => {
  const i = TYPE_ORDER.indexOf(t);
  return i < 0 ? TYPE_ORDER.length : i;
};

export function sortTies(
  members: readonly PlacedMemberRow[],
  ties: readonly MemberTieRow[],
): SortedTies {
  const byId = new Map(members.map((m) => [m.id, m]));
  const counts = new Map<string, { within: number; across: number }>();
  const withinByProvince = new Map<string, number>();
  const withinByCity = new Map<string, number>();
  const across: SortedTies['across'] = [];
  const side = (m: PlacedMemberRow): TieSide => ({
    id: m.id,
    name: m.name,
    province: m.province!,
    city: m.prefecture,
  });
  for (const t of ties) {
    const a = byId.get(t.source);
    const b = byId.get(t.target);
    if (!a?.province || !b?.province || t.type === 'membership') continue;
    const c = counts.get(t.type) ?? { within: 0, across: 0 };
    if (a.province === b.province) {
      c.within += 1;
      withinByProvince.set(a.province, (withinByProvince.get(a.province) ?? 0) + 1);
      if (a.prefecture && a.prefecture === b.prefecture)
        withinByCity.set(a.prefecture, (withinByCity.get(a.prefecture) ?? 0) + 1);
    } else {
      c.across += 1;
      across.push({
        id: t.id,
        type: t.type,
        from: side(a),
        to: side(b),
        product: t.product,
        status: t.status,
        synthetic: t.synthetic,
      });
    }
    counts.set(t.type, c);
  }
  across.sort((x, y) => order(x.type) - order(y.type) || x.id.localeCompare(y.id));
  return {
    counts: [...counts.entries()]
      .map(([type, c]) => ({ type, ...c }))
      .sort((x, y) => order(x.type) - order(y.type)),
    across,
    withinByProvince,
    withinByCity,
  };
}
