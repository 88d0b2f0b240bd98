/**
 * The one rule that keeps member firms' figures confidential, applied to
 * every API answer before it is serialised (api/access.ts), so a new route
 * cannot forget it.
 *
 * For a viewer who may not see every firm's figures (viewer, member):
 * - an object that names one organisation (`organization: ID`, or an
 *   organisation record: `id` with an organisation `kind`, or `id` and
 *   `name` beside a figure) loses its figures (revenue, employees, output,
 *   R&D spend, patents, measure year), its rank by revenue among candidates
 *   (`revenueTop`, a score's `terms.size`), and any reason line that quotes
 *   one, unless the viewer is that organisation's member;
 * - an organisation's own record (`id` with `measures`) keeps its yearly
 *   measures and its links' values for its member only; otherwise
 *   `measures` is emptied, link values removed and `restricted: true` set;
 * - a link (`source`/`target` or `from`/`to` with a `value`) keeps its value
 *   only for a member at one of its ends;
 * - an aggregate over firms (`size` with `withMeasures`, node `links` with
 *   counts) is shown only when the disclosure rule allows it
 *   (core/access/disclosure.ts): at least 3 firms or links make it up and,
 *   where the answer says its largest contribution (`size.largest`), that
 *   one is at most 85% of the sum; `largest` itself (a firm's figure) is
 *   always dropped.
 * Admins and analysts get answers unchanged. The walk copies nothing it does
 * not change; cost O(size of the answer).
 */
import { disclosable, MIN_CONTRIBUTORS } from '../../core/access/disclosure.ts';
import { seesAllFigures, seesFiguresOf, type Viewer } from '../../core/access/viewer.ts';
import { OrganizationKind } from '../../core/model/organization.ts';

const ORG_KINDS: ReadonlySet<string> = new Set(OrganizationKind.options);

export const FIGURE_KEYS = [
  'revenue',
  'employees',
  'output',
  'rdSpend',
  'rd_spend',
  'patents',
  'measureYear',
] as const;
/** The threshold rule's minimum, for counts of firms or links (one constant for the whole API). */
export const MIN_AGGREGATE = MIN_CONTRIBUTORS;
const FIGURE_WORDS =
  /\b(revenue|employees|output|R&D|patents)\b|营业收入|营收|从业人员|产值|研发投入/i;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export function redactFigures<T>(answer: T, viewer: Viewer): T {
  if (seesAllFigures(viewer)) return answer;
  return walk(answer, viewer) as T;
}

function walk(v: unknown, viewer: Viewer): unknown {
  if (Array.isArray(v)) {
    let out: unknown[] | null = null;
    for (let i = 0; i < v.length; i++) {
      const w = walk(v[i], viewer);
      if (w !== v[i]) (out ??= v.slice())[i] = w;
    }
    return out ?? v;
  }
  if (!isObj(v)) return v;
  const acc: { out: Obj | null } = { out: null };
  const set = (k: string, x: unknown) => {
    (acc.out ??= { ...v })[k] = x;
  };
  for (const [k, x] of Object.entries(v)) {
    const w = walk(x, viewer);
    if (w !== x) set(k, w);
  }
  const own = (id: unknown) => typeof id === 'string' && seesFiguresOf(viewer, id);
  // A firm named in a result (panorama, targets, matches): `organization: ID`,
  // or an organisation record itself (`id` with an organisation `kind`).
  const named =
    typeof v.organization === 'string'
      ? v.organization
      : typeof v.id === 'string' &&
          ((typeof v.kind === 'string' && ORG_KINDS.has(v.kind)) ||
            (typeof v.name === 'string' && FIGURE_KEYS.some((k) => k in v)))
        ? v.id
        : null;
  if (named !== null && !own(named)) {
    for (const k of FIGURE_KEYS) if (k in v && v[k] !== null) set(k, null);
    // A rank among candidates by revenue is a figure too: where it sits, and its term in a score.
    if ('revenueTop' in v && v.revenueTop !== null) set('revenueTop', null);
    if (isObj(v.terms) && typeof v.terms.size === 'number')
      set('terms', { ...v.terms, size: null });
    // Reasons written for people may quote a figure ("revenue 57511 …"): drop those lines.
    if (Array.isArray(v.reasons))
      set(
        'reasons',
        (v.reasons as unknown[]).filter((r) => typeof r !== 'string' || !FIGURE_WORDS.test(r)),
      );
  }
  // An organisation's own record.
  if (typeof v.id === 'string' && Array.isArray(v.measures) && !own(v.id)) {
    set('measures', []);
    set('restricted', true);
    if (Array.isArray(v.links))
      set(
        'links',
        (v.links as unknown[]).map((l) => {
          // A link to the viewer's own organisation keeps its value.
          if (!isObj(l) || !('value' in l) || own(l.other)) return l;
          const { value: _value, ...rest } = l;
          return rest;
        }),
      );
  }
  // A link between two organisations.
  const ends = [v.source ?? v.from, v.target ?? v.to];
  if ('value' in v && typeof ends[0] === 'string' && typeof ends[1] === 'string') {
    if (!own(ends[0]) && !own(ends[1]) && v.value !== null) set('value', null);
  }
  // Aggregates over too few firms, or one firm dominates: withheld; the largest contribution never shown.
  if (isObj(v.size) && typeof v.size.withMeasures === 'number') {
    const count = v.size.withMeasures;
    const largest = isObj(v.size.largest) ? v.size.largest : null;
    const { largest: _largest, ...s } = v.size as Obj;
    for (const k of ['revenue', 'employees', 'output']) {
      const sum = s[k];
      if (typeof sum !== 'number') continue;
      const max = typeof largest?.[k] === 'number' ? (largest[k] as number) : 0;
      if (!disclosable({ count, sum, max })) s[k] = null;
    }
    set('size', s);
  }
  if (isObj(v.links) && typeof v.links.inCount === 'number') {
    const l: Obj = { ...((acc.out?.links as Obj | undefined) ?? v.links) };
    if ((v.links.inCount as number) < MIN_AGGREGATE)
      for (const k of ['inValue', 'inFromInside', 'inFromOutside']) if (k in l) l[k] = null;
    if (typeof v.links.outCount === 'number' && v.links.outCount < MIN_AGGREGATE && 'outValue' in l)
      l.outValue = null;
    set('links', l);
  }
  return acc.out ?? v;
}
