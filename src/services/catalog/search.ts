import { AtlasError } from '../../core/errors.ts';
import { shortNames } from '../../core/reference/region-short-names.ts';
import type { Duck } from '../../store/duck.ts';
import {
  PICKER_TYPES,
  SEARCH_MAX_LIMIT,
  SEARCH_TYPES,
  type SearchHit,
  type SearchType,
} from '../../contract/search.ts';
import { readSearchCandidates, type SearchCandidates } from '../../store/queries/search.ts';
import { listChainTemplates } from '../chain/templates.ts';
import { matchNames, prepareQuery, type PreparedQuery } from './fuzzy-match.ts';

/** A chain template's node as the search ranks it. */
export interface ChainNodeCandidate {
  template: string;
  templateName: string;
  templateNameEn: string;
  node: string;
  name: string;
  nameEn: string;
  keywords: string[];
}

/**
 * The search box and the pickers: clusters, organisations, regions and
 * industries by any of their names (zh or en, a firm's stock short name),
 * by pinyin or pinyin initials, any mix of place and field ("长沙工程机械",
 * "cs工程机械", "changsha gongcheng jixie", "Changsha construction
 * machinery"), tolerant to a missing or extra character (fuzzy-match.ts);
 * or by an exact id, code or USCC. Up to `limit` hits of each type, best
 * first, whatever their type. Public fields only.
 */
export async function search(
  db: Duck,
  text: string,
  limit = 8,
  types: readonly SearchType[] = SEARCH_TYPES,
): Promise<SearchHit[]> {
  const q = text.trim();
  if (q.length === 0) {
    throw new AtlasError('ATLAS_E_BAD_VALUE', 'search text is empty', { field: 'q' });
  }
  if (!Number.isInteger(limit) || limit < 1 || limit > SEARCH_MAX_LIMIT) {
    throw new AtlasError(
      'ATLAS_E_BAD_VALUE',
      `limit must be an integer from 1 to ${SEARCH_MAX_LIMIT}`,
      {
        field: 'limit',
        value: limit,
      },
    );
  }
  const candidates = await readSearchCandidates(db, {
    clusters: types.includes('cluster'),
    organizations: types.includes('organization'),
    regions: types.includes('region'),
    industries: types.includes('industry'),
    organizationHints: {
      hanzi: [...new Set([...q].filter((c) => /\p{Script=Han}/u.test(c)))],
      words: [...new Set(q.toLowerCase().match(/[a-z0-9]{2,}/g) ?? [])],
      exact: q,
    },
  });
  const nodes: ChainNodeCandidate[] = types.includes('chain_node')
    ? (await listChainTemplates(db)).flatMap((t) =>
        t.nodes.map((n) => ({
          template: t.id,
          templateName: t.nameZh,
          templateNameEn: t.nameEn,
          node: n.id,
          name: n.nameZh,
          nameEn: n.nameEn,
          keywords: n.keywords,
        })),
      )
    : [];
  return rankCandidates(candidates, q, limit, types, nodes);
}

/**
 * Prepares every name's pinyin ahead of the first search (a few seconds on
 * the default atlas, once per process), so the first person to type does
 * not wait; `atlas serve` runs it after listening.
 */
export async function warmSearch(db: Duck): Promise<void> {
  await search(db, '长沙', 1, PICKER_TYPES);
}

interface Scored {
  hit: SearchHit;
  score: number;
}

const EXACT = 10;

const byScore = (a: Scored, b: Scored) =>
  b.score - a.score ||
  TYPE_ORDER[a.hit.type] - TYPE_ORDER[b.hit.type] ||
  a.hit.name.length - b.hit.name.length ||
  (a.hit.name < b.hit.name ? -1 : 1);

/** Among equals, the kind of thing more often meant. */
const TYPE_ORDER: Record<SearchHit['type'], number> = {
  cluster: 0,
  region: 1,
  organization: 2,
  industry: 3,
  chain_node: 4,
};

/** The best `limit` of one type. */
function top(list: Scored[], limit: number): Scored[] {
  return list.sort(byScore).slice(0, limit);
}

/** What every type's scorer reads: the candidates and the text in its several forms. */
interface Asked {
  c: SearchCandidates;
  q: string;
  query: PreparedQuery;
  upper: string;
  /** GB/T 4754 codes are stored bare ('3976'); people also write them with their section letter ('C3976'). */
  bareCode: string;
  regionByCode: Map<string, SearchCandidates['regions'][number]>;
  chainNodes: readonly ChainNodeCandidate[];
}

type Match = { score: number } | null | undefined;

/** Each candidate that matches, scored, with its hit. */
function scoreAll<T>(
  list: readonly T[],
  match: (x: T) => Match,
  hit: (x: T, score: number) => Scored,
): Scored[] {
  const scored: Scored[] = [];
  for (const x of list) {
    const m = match(x);
    if (m) scored.push(hit(x, m.score));
  }
  return scored;
}

function clusterHits(a: Asked): Scored[] {
  return scoreAll(
    a.c.clusters,
    (k) => {
      if (k.id === a.q) return { score: EXACT };
      const provinces = [...new Set(k.regions.map((r) => a.regionByCode.get(r)?.province ?? ''))]
        .map((p) => a.regionByCode.get(p))
        .filter((p) => p !== undefined);
      return matchNames(a.query, [
        k.name,
        k.nameEn,
        ...provinces.map((p) => (shortNames(p.name, 'province')[0] ?? p.name) + k.name),
        ...provinces.map((p) => (p.nameEn && k.nameEn ? `${p.nameEn} ${k.nameEn}` : null)),
      ]);
    },
    (k, score) => ({
      score,
      hit: {
        type: 'cluster',
        id: k.id,
        name: k.name,
        nameEn: k.nameEn,
        detail: k.field,
        synthetic: k.synthetic,
      },
    }),
  );
}

function organizationHits(a: Asked): Scored[] {
  return scoreAll(
    a.c.organizations,
    (o) =>
      o.id === a.q || (o.uscc !== null && o.uscc === a.upper)
        ? { score: EXACT }
        : matchNames(a.query, [o.name, o.nameEn, o.shortName]),
    (o, score) => ({
      score,
      hit: {
        type: 'organization',
        id: o.id,
        name: o.name,
        nameEn: o.nameEn,
        detail: o.kind,
        synthetic: o.synthetic,
      },
    }),
  );
}

const LEVEL_BONUS: Record<string, number> = { province: 0.02, prefecture: 0.01 };

function regionHits(a: Asked): Scored[] {
  return scoreAll(
    a.c.regions,
    (r) => {
      if (r.code === a.q) return { score: EXACT };
      const parent = r.parent ? a.regionByCode.get(r.parent) : undefined;
      return matchNames(a.query, [
        r.name,
        r.nameEn,
        parent ? parent.name + r.name : null,
        parent?.nameEn && r.nameEn ? `${parent.nameEn} ${r.nameEn}` : null,
      ]);
    },
    (r, score) => ({
      score: score + (LEVEL_BONUS[r.level] ?? 0),
      hit: {
        type: 'region',
        id: r.code,
        name: r.name,
        nameEn: r.nameEn,
        detail: r.level,
        synthetic: false,
      },
    }),
  );
}

function industryHits(a: Asked): Scored[] {
  return scoreAll(
    a.c.industries,
    (i) => (i.code === a.bareCode ? { score: EXACT } : matchNames(a.query, [i.name, i.nameEn])),
    (i, score) => ({
      // Broader levels first among equals (a division before its classes).
      score: score - 0.005 * i.level,
      hit: {
        type: 'industry',
        id: i.code,
        name: i.name,
        nameEn: i.nameEn,
        detail: i.scheme,
        synthetic: false,
      },
    }),
  );
}

function chainNodeHits(a: Asked): Scored[] {
  return scoreAll(
    a.chainNodes,
    (n) =>
      `${n.template}/${n.node}` === a.q || n.node === a.q
        ? { score: EXACT }
        : matchNames(a.query, [
            n.name,
            n.nameEn,
            ...n.keywords,
            n.templateName + n.name,
            `${n.templateNameEn} ${n.nameEn}`,
          ]),
    (n, score) => ({
      score,
      hit: {
        type: 'chain_node',
        id: `${n.template}/${n.node}`,
        name: n.name,
        nameEn: n.nameEn,
        detail: n.template,
        synthetic: false,
      },
    }),
  );
}

/** Each type's scorer, in the order their hits are gathered. */
const SCORERS: ReadonlyArray<[SearchType, (a: Asked) => Scored[]]> = [
  ['cluster', clusterHits],
  ['organization', organizationHits],
  ['region', regionHits],
  ['industry', industryHits],
  ['chain_node', chainNodeHits],
];

/** Ranks every candidate against the text; pure, so tests can call it on made-up lists. */
export function rankCandidates(
  c: SearchCandidates,
  text: string,
  limit: number,
  types: readonly SearchType[] = SEARCH_TYPES,
  chainNodes: readonly ChainNodeCandidate[] = [],
): SearchHit[] {
  const q = text.trim();
  const upper = q.toUpperCase();
  const asked: Asked = {
    c,
    q,
    query: prepareQuery(q),
    upper,
    bareCode: upper.replace(/^[A-Z](\d)/, '$1'),
    regionByCode: new Map(c.regions.map((r) => [r.code, r])),
    chainNodes,
  };
  const out: Scored[] = [];
  for (const [type, hits] of SCORERS)
    if (types.includes(type)) out.push(...top(hits(asked), limit));
  // Best hit first, whatever its type.
  return out.sort(byScore).map((s) => s.hit);
}
