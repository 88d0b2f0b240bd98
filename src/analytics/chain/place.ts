/**
 * Places organisations on the nodes of a chain template, by three methods:
 *
 * keyword  a node keyword occurs as a substring of the organisation's name
 *          (confidence 0.8), of a product it sells (its outbound supply
 *          links, 0.9) or of one of its industry labels (0.7). Chinese text
 *          is not segmented: substring search is the match. Where two
 *          keywords overlap in one text and one span lies inside the other,
 *          the longer wins (汽车发动机 beats 发动机, 电控系统 beats 电控);
 *          Latin keywords (EDA, BMS) must not touch other Latin letters or
 *          digits and match case-insensitively.
 * code     one of the organisation's GB/T 4754-2017 codes (section letter
 *          ignored) starts with a node code: confidence 0.6 for a class
 *          (4 digits), 0.45 for a group (3), 0.3 for a division (2), divided
 *          by the number of nodes of the template that same code reaches
 *          (a code shared by k nodes says less about each). Codes are a
 *          fallback: an organisation that keywords place somewhere in the
 *          template is not placed anywhere else in it by code alone.
 * manual   a person's decision: `place` adds a placement (confidence 1),
 *          `confirm` keeps one and marks it confirmed, `reject` marks it
 *          rejected (kept in the list so the decision stays visible).
 *
 * One placement per (node, organisation): its confidence is the largest of
 * its pieces of evidence, its method that piece's method (keyword before
 * code on a tie); every piece is listed in `evidence`.
 * Decisions about organisations not in `orgs` are ignored.
 * `counted(p, min)` says whether a placement counts in a panorama: not
 * rejected, and confirmed or at least `min` confident.
 * Cost O(orgs · texts · keywords · |text|) for the substring search.
 */
import type { ChainTemplate } from '../../core/model/chain-template.ts';
import { withDefaults } from './with-defaults.ts';

export type PlacementMethod = 'keyword' | 'code' | 'manual';
export type PlacementReview = 'auto' | 'confirmed' | 'rejected';

export interface PlaceableOrg {
  id: string;
  name: string;
  kind: string;
  industries: readonly string[];
  industryLabels: readonly string[];
  /** Products the organisation sells (its outbound supply links). */
  products: readonly string[];
}

export interface PlacementDecision {
  node: string;
  organization: string;
  decision: 'place' | 'confirm' | 'reject';
  by?: string;
  note?: string;
}

export interface Placement {
  node: string;
  organization: string;
  method: PlacementMethod;
  confidence: number;
  review: PlacementReview;
  /** Why, as sentences (English, for the CLI and logs). */
  evidence: string[];
  /** The same reasons as data, one per sentence, for a reader in any language. */
  facts: PlacementFact[];
}

/** One reason a placement holds: a keyword in a text, an industry code, a person's decision, a landed action. */
export type PlacementFact =
  | { by: 'keyword'; where: 'name' | 'product' | 'label'; text: string; keyword: string }
  | { by: 'code'; industry: string; code: string }
  | {
      by: 'decision';
      decision: PlacementDecision['decision'];
      who: string | null;
      note: string | null;
    }
  | { by: 'action'; action: string };

export interface PlaceOptions {
  nameConfidence: number;
  productConfidence: number;
  labelConfidence: number;
  /** Confidence of a code match by the node code's length (2, 3, 4 digits). */
  codeConfidence: Record<2 | 3 | 4, number>;
  /** Kinds never placed automatically (they hold no product). */
  excludeKinds: readonly string[];
}

export const DEFAULT_PLACE_OPTIONS: PlaceOptions = {
  nameConfidence: 0.8,
  productConfidence: 0.9,
  labelConfidence: 0.7,
  codeConfidence: { 2: 0.3, 3: 0.45, 4: 0.6 },
  excludeKinds: ['park', 'government', 'promotion_org', 'association', 'finance'],
};

/** The default threshold under which an unconfirmed placement does not count. */
export const DEFAULT_MIN_CONFIDENCE = 0.25;

export function counted(p: Placement, minConfidence = DEFAULT_MIN_CONFIDENCE): boolean {
  return p.review === 'confirmed' || (p.review === 'auto' && p.confidence >= minConfidence);
}

interface Hit {
  node: string;
  keyword: string;
  start: number;
  end: number;
}

const LATIN = /^[A-Za-z0-9]+$/;
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9]/.test(c);

/** Every occurrence of every keyword in one text, with nested shorter ones removed. */
export function keywordHits(
  text: string,
  keywords: ReadonlyArray<{ node: string; keyword: string }>,
): Hit[] {
  const lower = text.toLowerCase();
  const hits: Hit[] = [];
  for (const { node, keyword } of keywords) {
    const k = keyword.toLowerCase();
    const latin = LATIN.test(k);
    for (let at = lower.indexOf(k); at >= 0; at = lower.indexOf(k, at + 1)) {
      if (latin && (isWordChar(lower[at - 1]) || isWordChar(lower[at + k.length]))) continue;
      hits.push({ node, keyword, start: at, end: at + k.length });
    }
  }
  return hits.filter(
    (h) =>
      !hits.some(
        (o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start,
      ),
  );
}

const bareCode = (c: string): string => c.replace(/^[A-Z]/, '');

export function place(
  template: ChainTemplate,
  orgs: readonly PlaceableOrg[],
  decisions: readonly PlacementDecision[] = [],
  options: Partial<PlaceOptions> = {},
): Placement[] {
  const opts = withDefaults(DEFAULT_PLACE_OPTIONS, options);
  const keywords = template.nodes.flatMap((n) =>
    n.keywords.map((keyword) => ({ node: n.id, keyword })),
  );
  const codes = template.nodes.flatMap((n) => n.industries.map((code) => ({ node: n.id, code })));
  const excluded = new Set(opts.excludeKinds);
  const out: Placements = new Map();
  for (const o of orgs) {
    if (excluded.has(o.kind)) continue;
    if (!placeByKeyword(out, o, keywords, opts)) placeByCode(out, o, codes, opts);
  }
  applyDecisions(out, template, orgs, decisions);
  return [...out.values()].sort(
    (a, b) => a.node.localeCompare(b.node) || a.organization.localeCompare(b.organization),
  );
}

/** Placements by node and organisation. */
type Placements = Map<string, Placement>;

const key = (node: string, org: string): string => `${node}\u0000${org}`;

/** A placement's evidence: a new one, or more evidence on one already made (the highest confidence wins; a keyword wins a tie). */
function addPlacement(
  out: Placements,
  node: string,
  org: string,
  method: PlacementMethod,
  c: number,
  why: string,
  fact: PlacementFact,
): void {
  const k = key(node, org);
  const p = out.get(k);
  if (!p) {
    out.set(k, {
      node,
      organization: org,
      method,
      confidence: c,
      review: 'auto',
      evidence: [why],
      facts: [fact],
    });
    return;
  }
  p.evidence.push(why);
  p.facts.push(fact);
  if (c > p.confidence || (c === p.confidence && method === 'keyword')) {
    p.confidence = c;
    p.method = method;
  }
}

/** Keywords in the name, products and industry labels; true when any was found. */
function placeByKeyword(
  out: Placements,
  o: PlaceableOrg,
  keywords: ReadonlyArray<{ node: string; keyword: string }>,
  opts: PlaceOptions,
): boolean {
  type Where = 'name' | 'product' | 'label';
  const texts: Array<[Where, string, number]> = [
    ['name', o.name, opts.nameConfidence],
    ...o.products.map((t): [Where, string, number] => ['product', t, opts.productConfidence]),
    ...o.industryLabels.map((t): [Where, string, number] => ['label', t, opts.labelConfidence]),
  ];
  let byKeyword = false;
  for (const [where, text, c] of texts) {
    for (const h of keywordHits(text, keywords)) {
      addPlacement(
        out,
        h.node,
        o.id,
        'keyword',
        c,
        `${where} 「${text}」 contains 「${h.keyword}」`,
        {
          by: 'keyword',
          where,
          text,
          keyword: h.keyword,
        },
      );
      byKeyword = true;
    }
  }
  return byKeyword;
}

/** Industry codes under a node's codes, the confidence shared among the nodes reached. */
function placeByCode(
  out: Placements,
  o: PlaceableOrg,
  codes: ReadonlyArray<{ node: string; code: string }>,
  opts: PlaceOptions,
): void {
  for (const raw of o.industries) {
    const code = bareCode(raw);
    const reached = codes.filter((x) => code.startsWith(x.code));
    const nodes = new Set(reached.map((x) => x.node));
    for (const x of reached) {
      const base = opts.codeConfidence[x.code.length as 2 | 3 | 4] ?? 0;
      addPlacement(
        out,
        x.node,
        o.id,
        'code',
        base / nodes.size,
        `industry ${raw} under node code ${x.code}`,
        {
          by: 'code',
          industry: raw,
          code: x.code,
        },
      );
    }
  }
}

/** People's decisions: place by hand, confirm or reject (of given nodes and organisations only). */
function applyDecisions(
  out: Placements,
  template: ChainTemplate,
  orgs: readonly PlaceableOrg[],
  decisions: readonly PlacementDecision[],
): void {
  const nodeIds = new Set(template.nodes.map((n) => n.id));
  const given = new Set(orgs.map((o) => o.id));
  for (const d of decisions) {
    if (!nodeIds.has(d.node) || !given.has(d.organization)) continue;
    const k = key(d.node, d.organization);
    const p = out.get(k);
    const who = d.by ? ` by ${d.by}` : '';
    const why = `${d.decision}${who}${d.note ? `: ${d.note}` : ''}`;
    const fact: PlacementFact = {
      by: 'decision',
      decision: d.decision,
      who: d.by ?? null,
      note: d.note ?? null,
    };
    if (d.decision === 'place') {
      out.set(k, {
        node: d.node,
        organization: d.organization,
        method: 'manual',
        confidence: 1,
        review: 'confirmed',
        evidence: [...(p?.evidence ?? []), why],
        facts: [...(p?.facts ?? []), fact],
      });
    } else if (p) {
      p.review = d.decision === 'confirm' ? 'confirmed' : 'rejected';
      p.evidence.push(why);
      p.facts.push(fact);
    }
  }
}
