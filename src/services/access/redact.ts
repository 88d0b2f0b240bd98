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
 * - a confidential aggregate — a figure built from firms' measures, marked
 *   in the route's response schema (`confidentialAggregate`, key
 *   `x-confidential`) and declared with its contributions by the service
 *   that computed it (`declareAggregates`) — goes through statistical
 *   disclosure control over the whole answer at once (`withheldCells`:
 *   threshold, dominance, complementary suppression, a member's own figure
 *   subtracted) and is null where withheld; a marked field the answer did
 *   not declare is null for these viewers (fail closed: a new route cannot
 *   forget the rule).
 * Admins and analysts get answers unchanged. The walk copies nothing it does
 * not change; cost O(size of the answer).
 */
import {
  CONFIDENTIAL_KEY,
  declaredAggregates,
  disclosable,
  MIN_CONTRIBUTORS,
  withheldCells,
  type AggregateCell,
} from '../../core/access/disclosure.ts';
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

/**
 * The answer as this viewer may see it. `schema`: the route's response
 * schema (its 200 answer), whose `x-confidential` fields are confidential
 * aggregates.
 */
export function redactFigures<T>(answer: T, viewer: Viewer, schema?: unknown): T {
  if (seesAllFigures(viewer)) return answer;
  return walk(discloseAggregates(answer, viewer, schema), viewer) as T;
}

type Path = readonly (string | number)[];

/** Sets the value at `path` to null, copying the objects and arrays on the way (never the caller's). */
function setNull(root: unknown, path: Path): unknown {
  if (path.length === 0) return null;
  const [k, ...rest] = path;
  if (Array.isArray(root) && typeof k === 'number' && k < root.length) {
    const copy = root.slice();
    copy[k] = setNull(root[k], rest);
    return copy;
  }
  if (isObj(root) && typeof k === 'string' && k in root) {
    if (rest.length === 0 && (root[k] === null || root[k] === undefined)) return root;
    return { ...root, [k]: setNull(root[k], rest) };
  }
  return root;
}

const schemaObj = (s: unknown): Obj | undefined => (isObj(s) ? s : undefined);

/** The schema of property `k` of an object schema (properties, else additionalProperties). */
function propertySchema(s: Obj | undefined, k: string): Obj | undefined {
  if (!s) return undefined;
  const props = schemaObj(s.properties);
  return schemaObj(props?.[k]) ?? schemaObj(s.additionalProperties);
}

/**
 * Statistical disclosure control of the confidential aggregates of one
 * answer: the declared ones through `withheldCells` together (so a total
 * and the cells beside it are audited as a table), the marked ones not
 * declared withheld.
 */
function discloseAggregates<T>(answer: T, viewer: Viewer, schema: unknown): T {
  const cells: (AggregateCell & { path: Path })[] = [];
  const covered = new Set<string>();
  const marked: Path[] = [];
  const visit = (v: unknown, path: (string | number)[], s: Obj | undefined): void => {
    if (Array.isArray(v)) {
      const items = schemaObj(s?.items);
      v.forEach((x, i) => visit(x, [...path, i], items));
      return;
    }
    if (!isObj(v)) return;
    for (const d of declaredAggregates(v) ?? []) {
      const p = [...path, ...d.path];
      cells.push({ path: p, sets: d.sets });
      covered.add(JSON.stringify(p));
    }
    for (const [k, x] of Object.entries(v)) {
      const ps = propertySchema(s, k);
      if (ps?.[CONFIDENTIAL_KEY] !== undefined && x !== null && x !== undefined)
        marked.push([...path, k]);
      if (typeof x === 'object' && x !== null) visit(x, [...path, k], ps);
    }
  };
  visit(answer, [], schemaObj(schema));
  if (cells.length === 0 && marked.length === 0) return answer;
  const knower = viewer.role === 'member' ? viewer.organization : undefined;
  const withheld = withheldCells(cells, knower);
  let out: unknown = answer;
  cells.forEach((c, i) => {
    if (withheld[i]) out = setNull(out, c.path);
  });
  for (const p of marked) if (!covered.has(JSON.stringify(p))) out = setNull(out, p);
  return out as T;
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
