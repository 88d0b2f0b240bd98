/**
 * Statistical disclosure control for aggregates shown to people who may not
 * see the firms behind them (viewers, and members beyond their own firm).
 *
 * Rule      a sum may be shown when it has at least MIN_CONTRIBUTORS
 *           contributors and no one contributor makes up more than
 *           DOMINANCE of it: the threshold rule plus the (1, k) dominance
 *           rule statistical offices apply to business tables.
 * Why       a sum over one firm is that firm's confidential figure; over two,
 *           each firm learns the other's; a sum one giant dominates is
 *           nearly the giant's own figure.
 * References Hundepool et al. (2012) Statistical Disclosure Control, Wiley,
 *           ch. 4 (sensitivity rules for magnitude tables).
 */
export const MIN_CONTRIBUTORS = 3;
export const DOMINANCE = 0.85;

export interface Contributions {
  /** Contributors with a value. */
  count: number;
  sum: number;
  /** The largest single contribution. */
  max: number;
}

/** May this sum be shown to someone who may not see its contributors' figures? */
export function disclosable(c: Contributions): boolean {
  if (c.count < MIN_CONTRIBUTORS) return false;
  if (c.sum <= 0) return true;
  return c.max / c.sum <= DOMINANCE;
}

/**
 * One firm's (or one link's) part of a published figure.
 * `knownTo`: the organisations that already know this part — a firm its own
 * figure, both ends a link's value (default: `[id]`).
 */
export interface Contribution {
  id: string;
  value: number;
  knownTo?: readonly string[];
}

/**
 * A published figure built from confidential measures, and the sums it
 * reveals: a sum reveals one set of contributions; a share of a whole
 * reveals the part and the rest (two sets); a figure built from counts only
 * reveals none (`sets: []`, always shown).
 */
export interface AggregateCell {
  sets: readonly (readonly Contribution[])[];
}

type Parts = Map<string, number>;

function sensitive(parts: Parts): boolean {
  let count = 0;
  let sum = 0;
  let max = 0;
  for (const v of parts.values()) {
    if (v === 0) continue;
    count++;
    sum += v;
    max = Math.max(max, v);
  }
  return count > 0 && !disclosable({ count, sum, max });
}

/**
 * Which of these figures must be withheld from a viewer who may not see the
 * firms behind them — statistical disclosure control over one answer:
 *
 * 1. Primary suppression: a figure is withheld when a set it reveals fails
 *    the threshold or dominance rule (`disclosable`), counting only non-zero
 *    parts, after removing the parts the viewer knows (`knower`, a member's
 *    own organisation: what it learns by subtracting its own figure must
 *    itself pass the rule).
 * 2. Complementary suppression: for every shown set B and every shown set A
 *    inside it, the difference B \ A must pass the rule, and so must what is
 *    left of B after taking out as many disjoint shown sets inside it as a
 *    greedy cover finds (a total less the cells published beside it);
 *    otherwise B is withheld.
 *
 * Not covered: recovery through linear combinations of overlapping sets
 * that are not nested (rare in answers shaped as tables and trees).
 * Cost: O(Σ|set| · subsets per set).
 */
export function withheldCells(cells: readonly AggregateCell[], knower?: string): boolean[] {
  const known = (c: Contribution) => knower !== undefined && (c.knownTo ?? [c.id]).includes(knower);
  const out = cells.map(() => false);
  const shown: { cell: number; parts: Parts }[] = [];
  cells.forEach((cell, i) => {
    const sets = cell.sets.map((set) => {
      const parts: Parts = new Map();
      for (const c of set) if (!known(c)) parts.set(c.id, (parts.get(c.id) ?? 0) + c.value);
      return parts;
    });
    if (sets.some(sensitive)) out[i] = true;
    else for (const parts of sets) if (parts.size > 0) shown.push({ cell: i, parts });
  });
  // Sets containing each part: a subset of B shares its first part with B.
  const containing = new Map<string, number[]>();
  shown.forEach((s, k) => {
    for (const id of s.parts.keys()) {
      const list = containing.get(id);
      if (list) list.push(k);
      else containing.set(id, [k]);
    }
  });
  const subsetsOf = shown.map(() => [] as number[]);
  shown.forEach((a, k) => {
    const first = a.parts.keys().next().value as string;
    for (const b of containing.get(first) ?? []) {
      const B = shown[b].parts;
      if (B.size <= a.parts.size) continue;
      let inside = true;
      for (const id of a.parts.keys())
        if (!B.has(id)) {
          inside = false;
          break;
        }
      if (inside) subsetsOf[b].push(k);
    }
  });
  const minus = (B: Parts, ids: Iterable<string>): Parts => {
    const d = new Map(B);
    for (const id of ids) d.delete(id);
    return d;
  };
  shown.forEach((b, k) => {
    if (out[b.cell]) return;
    const subs = subsetsOf[k].filter((a) => !out[shown[a].cell]);
    if (subs.length === 0) return;
    let leak = subs.some((a) => sensitive(minus(b.parts, shown[a].parts.keys())));
    if (!leak) {
      const taken = new Set<string>();
      for (const a of [...subs].sort((x, y) => shown[y].parts.size - shown[x].parts.size)) {
        const A = [...shown[a].parts.keys()];
        if (A.some((id) => taken.has(id))) continue;
        for (const id of A) taken.add(id);
      }
      leak = sensitive(minus(b.parts, taken));
    }
    if (leak) out[b.cell] = true;
  });
  return out;
}

/** A figure of an answer declared as a confidential aggregate: where it is, what it reveals. */
export interface DeclaredAggregate extends AggregateCell {
  /** Keys from the declaring object down to the figure. */
  path: readonly (string | number)[];
}

const declared = new WeakMap<object, readonly DeclaredAggregate[]>();

/**
 * Declares figures of an answer object as confidential aggregates with
 * their contributions (services call it where they compute the figure; the
 * API's redaction hook applies `withheldCells` to every declared figure of
 * an answer at once). Kept beside the object, not in it: nothing is added
 * to what is serialised, printed or compared. Returns the object.
 */
export function declareAggregates<T extends object>(o: T, cells: readonly DeclaredAggregate[]): T {
  declared.set(o, [...(declared.get(o) ?? []), ...cells]);
  return o;
}

export function declaredAggregates(o: object): readonly DeclaredAggregate[] | undefined {
  return declared.get(o);
}

/**
 * The key a response schema marks a confidential aggregate with: a figure
 * built from firms' confidential measures. For a viewer who may not see
 * every firm's figures such a field is null unless the answer declared it
 * (`declareAggregates`) and the disclosure rule lets it through.
 */
export const CONFIDENTIAL_KEY = 'x-confidential';

/** A response-schema field that is a confidential aggregate (nullable: withheld is null). */
export function confidentialAggregate<S extends { type: string; description?: string }>(
  s: S,
): Omit<S, 'type'> & { type: [S['type'], 'null'] } {
  return {
    ...s,
    type: [s.type, 'null'],
    [CONFIDENTIAL_KEY]: 'aggregate',
    description: `${s.description ? `${s.description}; ` : ''}confidential aggregate: null where the disclosure rule withholds it (fewer than ${MIN_CONTRIBUTORS} contributors, one over ${DOMINANCE * 100}%, or recoverable by subtraction)`,
  };
}
