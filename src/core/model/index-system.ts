import { z } from 'zod';
import { AtlasError } from '../errors.ts';

/**
 * An index system (指标体系) as data: a tree of dimensions and indicators.
 * Each indicator says which way is better, its unit, where its value comes
 * from (a store field, a metric of the analytics modules, or an imported
 * column), how to normalise it, its weight and the basis it rests on.
 *
 * Files are flat lists (dimensions name their children by id) so that a
 * file can be checked: validateIndexSystem refuses duplicate ids, unknown
 * children, cycles, nodes reachable twice or not at all, and weights that do
 * not sum as declared, with the file, the node and the reason.
 * A named method (the European Cluster Observatory's star rating, the US
 * Cluster Mapping Project's strong-cluster rule) is a rule implemented in
 * code and described here with its parameters and basis.
 */

export const Bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) });

export const Citation = z.object({
  source: z.string().min(1),
  /** Paragraph, section or table of the source. */
  section: z.string().optional(),
  note: z.string().optional(),
  /** false when we are not sure the source says this. */
  verified: z.boolean().default(true),
});
export type Citation = z.infer<typeof Citation>;

export const IndicatorSource = z.discriminatedUnion('kind', [
  /** A value stored in the atlas (indicators table or a record's field). */
  z.object({ kind: z.literal('field'), field: z.string().min(1) }),
  /** A metric of another analytics module, computed for the cluster. */
  z.object({
    kind: z.literal('metric'),
    metric: z.string().min(1),
    options: z.record(z.string(), z.unknown()).optional(),
  }),
  /** A column of the user's data file (alternative,indicator,value). */
  z.object({ kind: z.literal('imported'), note: z.string().optional() }),
]);

export const IndexIndicator = z.object({
  id: z.string().min(1),
  name: Bilingual,
  direction: z.enum(['benefit', 'cost']),
  unit: z.string().min(1),
  source: IndicatorSource,
  normalisation: z.enum(['min-max', 'z-score', 'rank', 'vector', 'max', 'target']).optional(),
  /** Best value, for normalisation 'target'. */
  target: z.number().optional(),
  weight: z.number().min(0).optional(),
  basis: z.array(Citation).min(1),
  /** 'ours' when the measurement is our operationalisation of the source's idea. */
  operationalisation: z.enum(['source', 'ours']).default('ours'),
  verified: z.boolean().default(true),
  note: z.string().optional(),
});
export type IndexIndicator = z.infer<typeof IndexIndicator>;

export const IndexDimension = z.object({
  id: z.string().min(1),
  name: Bilingual,
  children: z.array(z.string().min(1)).min(1),
  weight: z.number().min(0).optional(),
  basis: z.array(Citation).default([]),
  note: z.string().optional(),
});
export type IndexDimension = z.infer<typeof IndexDimension>;

/** How an index system aggregates normalised indicators into a score. */
export const AggregationMethodName = z.enum(['wsum', 'wgeo', 'topsis']);
/** What an evaluation does with a missing indicator value. */
export const MissingRuleName = z.enum([
  'drop-alternative',
  'drop-indicator',
  'fill-min',
  'fill-mean',
  'fill-median',
  'fill-worst',
  'zero',
  'refuse',
]);
/** Where an evaluation's weights come from. */
export const WeightingName = z.enum(['expert', 'ahp', 'entropy', 'critic', 'equal']);

export const IndexSystem = z.object({
  kind: z.literal('index-system'),
  id: z.string().min(1),
  version: z.string().default('1'),
  name: Bilingual,
  description: Bilingual.optional(),
  basis: z.array(Citation).min(1),
  /**
   * 'declared': every node has a weight and siblings sum to `sum` (± tolerance);
   * 'equal': no weights, siblings share equally.
   */
  weights: z
    .object({
      mode: z.enum(['declared', 'equal']),
      sum: z.number().positive().default(1),
      tolerance: z.number().min(0).default(1e-6),
      basis: z.string().optional(),
    })
    .default({ mode: 'equal', sum: 1, tolerance: 1e-6 }),
  defaults: z
    .object({
      method: AggregationMethodName.default('wsum'),
      missing: MissingRuleName.default('refuse'),
    })
    .default({ method: 'wsum', missing: 'refuse' }),
  root: z.array(z.string().min(1)).min(1),
  dimensions: z.array(IndexDimension).default([]),
  indicators: z.array(IndexIndicator).min(1),
});
export type IndexSystem = z.infer<typeof IndexSystem>;
export type IndexSystemInput = z.input<typeof IndexSystem>;

export const NamedMethod = z.object({
  kind: z.literal('named-method'),
  id: z.string().min(1),
  name: Bilingual,
  description: Bilingual,
  /** Where the rule is implemented: module path under src/ and export. */
  implementation: z.object({ module: z.string().min(1), export: z.string().min(1) }),
  parameters: z.record(z.string(), z.unknown()).default({}),
  criteria: z
    .array(z.object({ id: z.string().min(1), name: Bilingual, rule: z.string().min(1) }))
    .min(1),
  output: z.string().min(1),
  basis: z.array(Citation).min(1),
  verified: z.boolean(),
  note: z.string().optional(),
});
export type NamedMethod = z.infer<typeof NamedMethod>;

export const EvaluationDefinition = z.discriminatedUnion('kind', [IndexSystem, NamedMethod]);
export type EvaluationDefinition = z.infer<typeof EvaluationDefinition>;

function refuse(file: string, node: string, reason: string): AtlasError {
  return new AtlasError('ATLAS_E_INDEX_SYSTEM', `${file}: ${node}: ${reason}`, {
    file,
    node,
    reason,
  });
}

/** Parses and checks an index system; throws ATLAS_E_INDEX_SYSTEM with file, node, reason. */
export function validateIndexSystem(raw: unknown, file = '(index system)'): IndexSystem {
  const parsed = IndexSystem.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const node = nodeAt(raw, issue.path);
    throw refuse(file, node, `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  const sys = parsed.data;
  const dims = new Map<string, IndexDimension>();
  const inds = new Map<string, IndexIndicator>();
  for (const d of sys.dimensions) {
    if (dims.has(d.id)) throw refuse(file, d.id, 'duplicate dimension id');
    dims.set(d.id, d);
  }
  for (const i of sys.indicators) {
    if (inds.has(i.id) || dims.has(i.id)) throw refuse(file, i.id, 'duplicate id');
    inds.set(i.id, i);
    if (i.normalisation === 'target' && i.target === undefined) {
      throw refuse(file, i.id, "normalisation 'target' needs a target value");
    }
  }
  const known = (id: string) => dims.has(id) || inds.has(id);
  for (const id of sys.root) if (!known(id)) throw refuse(file, 'root', `unknown node "${id}"`);
  for (const d of sys.dimensions) {
    for (const c of d.children) {
      if (!known(c)) throw refuse(file, d.id, `unknown indicator or dimension "${c}"`);
    }
  }
  // Depth-first walk: a node met again on the current path is a cycle; met
  // again elsewhere, it has two parents.
  const state = new Map<string, 'open' | 'done'>();
  const walk = (id: string, path: string[]) => {
    const s = state.get(id);
    if (s === 'open') throw refuse(file, id, `cycle: ${[...path, id].join(' → ')}`);
    if (s === 'done') throw refuse(file, id, 'reachable from two parents: a tree has one');
    state.set(id, 'open');
    for (const c of dims.get(id)?.children ?? []) walk(c, [...path, id]);
    state.set(id, 'done');
  };
  for (const id of sys.root) walk(id, ['root']);
  for (const id of [...dims.keys(), ...inds.keys()]) {
    if (!state.has(id)) throw refuse(file, id, 'not reachable from root');
  }
  if (sys.weights.mode === 'declared') {
    const groups: [string, string[]][] = [
      ['root', sys.root],
      ...sys.dimensions.map((d) => [d.id, d.children] as [string, string[]]),
    ];
    for (const [parent, children] of groups) {
      let sum = 0;
      for (const c of children) {
        const w = dims.get(c)?.weight ?? inds.get(c)?.weight;
        if (w === undefined) throw refuse(file, c, 'weights are declared but this node has none');
        sum += w;
      }
      if (Math.abs(sum - sys.weights.sum) > sys.weights.tolerance) {
        throw refuse(
          file,
          parent,
          `weights of its children sum to ${sum}, not ${sys.weights.sum} as declared`,
        );
      }
    }
  }
  return sys;
}

/** Global weight of every indicator: the product of its path's relative weights. */
export function indicatorWeights(sys: IndexSystem): Map<string, number> {
  const dims = new Map(sys.dimensions.map((d) => [d.id, d]));
  const inds = new Map(sys.indicators.map((i) => [i.id, i]));
  const out = new Map<string, number>();
  const share = (ids: string[], id: string) => {
    if (sys.weights.mode === 'equal') return 1 / ids.length;
    const w = (x: string) => dims.get(x)?.weight ?? inds.get(x)?.weight ?? 0;
    const total = ids.reduce((s, x) => s + w(x), 0);
    return total > 0 ? w(id) / total : 0;
  };
  const walk = (ids: string[], above: number) => {
    for (const id of ids) {
      const w = above * share(ids, id);
      const d = dims.get(id);
      if (d) walk(d.children, w);
      else out.set(id, w);
    }
  };
  walk(sys.root, 1);
  return out;
}

/** Refuses an indicator of the system that has no value in the data. */
export function checkIndicatorValues(
  sys: IndexSystem,
  present: ReadonlySet<string>,
  file: string,
  dataFile = '(data)',
): void {
  for (const i of sys.indicators) {
    if (!present.has(i.id)) throw refuse(file, i.id, `indicator has no values in ${dataFile}`);
  }
}

function nodeAt(raw: unknown, path: readonly PropertyKey[]): string {
  let cur: unknown = raw;
  let node = 'root';
  for (const k of path) {
    if (cur === null || typeof cur !== 'object') break;
    cur = (cur as Record<PropertyKey, unknown>)[k];
    const id = (cur as { id?: unknown } | null)?.id;
    if (typeof id === 'string') node = id;
  }
  return node;
}
