/**
 * The chain templates a bundled cluster is bound to by its field
 * (data/clusters/chain-fields.json): each cluster names one or more chain
 * fields, each field its templates, the first being its main chain. A cluster
 * spanning several chains (成渝 electronics: terminals, chips, displays) carries
 * them all, in order, without repeats.
 *
 * The binding is a default: a cluster whose record in the atlas names chain
 * templates (an analyst's choice, `atlas chain bind`) keeps those. The file
 * is validated once and cached; a broken file, a field naming a template
 * that is not bundled, or a cluster naming an unknown field is
 * ATLAS_E_DATA_INTEGRITY (the package is broken, not the user's input).
 */
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { AtlasError } from '../core/errors.ts';
import { referencePath } from './reference.ts';

const ChainField = z.object({
  id: z.string().min(1),
  nameZh: z.string().min(1),
  nameEn: z.string().min(1),
  templates: z.array(z.string().min(1)).min(1),
});
export type ChainField = z.infer<typeof ChainField>;

const ChainFieldsFile = z.object({
  about: z.string(),
  fields: z.array(ChainField).min(1),
  clusters: z.array(z.object({ cluster: z.string().min(1), fields: z.array(z.string()).min(1) })),
});

export interface ClusterChainBinding {
  cluster: string;
  fields: ChainField[];
  /** The fields' templates in order, each once. */
  templates: string[];
}

const FILE = 'clusters/chain-fields.json';
let cached: Map<string, ClusterChainBinding> | undefined;

function integrity(reason: string): AtlasError {
  return new AtlasError('ATLAS_E_DATA_INTEGRITY', `bundled data/${FILE} is invalid: ${reason}`, {
    file: `data/${FILE}`,
    reason,
  });
}

function loadBindings(): Map<string, ClusterChainBinding> {
  if (cached) return cached;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(referencePath(FILE), 'utf8'));
  } catch (e) {
    throw integrity(e instanceof Error ? e.message : String(e));
  }
  const parsed = ChainFieldsFile.safeParse(raw);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    throw integrity(`${i.path.join('.')}: ${i.message}`);
  }
  const fields = new Map(parsed.data.fields.map((f) => [f.id, f]));
  for (const f of parsed.data.fields)
    for (const t of f.templates)
      if (!existsSync(referencePath(`chains/${t}.json`)))
        throw integrity(`field ${f.id} names template "${t}", which is not in data/chains/`);
  const out = new Map<string, ClusterChainBinding>();
  for (const c of parsed.data.clusters) {
    const fs = c.fields.map(
      (id) => fields.get(id) ?? fail(`cluster ${c.cluster} names unknown field "${id}"`),
    );
    out.set(c.cluster, {
      cluster: c.cluster,
      fields: fs,
      templates: [...new Set(fs.flatMap((f) => f.templates))],
    });
  }
  cached = out;
  return out;
}

function fail(reason: string): never {
  throw integrity(reason);
}

/** The binding of a bundled cluster by its field, or null for a cluster the file does not name. */
export function chainBindingOf(cluster: string): ClusterChainBinding | null {
  return loadBindings().get(cluster) ?? null;
}

/** Every bundled cluster's binding. */
export function chainBindings(): ClusterChainBinding[] {
  return [...loadBindings().values()];
}
