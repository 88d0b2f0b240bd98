import { AtlasError } from '../../core/errors.ts';
import type { IndexSystem } from '../../core/model/index-system.ts';
import type { Duck } from '../../store/duck.ts';
import { readIndicators } from '../../store/queries/indicators.ts';
import { concentrationProfile } from '../../analytics/concentration/concentration-profile.ts';
import { loadScope, loadSizes } from '../consolidation/consolidation-scope.ts';
import {
  importHint,
  readClusterFirmInputs,
  transformationIndicator,
  transformationValue,
} from './transformation-indicators.ts';

/** Cluster → indicator → value (null: this cluster has none). */
export type StoreIndicatorValues = Map<string, Map<string, number | null>>;

/**
 * The values of an index system's indicators that come from imported
 * indicators in the atlas:
 * - `metric: transformation.<id>` — a green or digital indicator built from
 *   the member firms' imported inputs (transformation-indicators.ts);
 * - `field: indicators.<name>` — a cluster's own imported indicator (the
 *   latest year);
 * - `metric: consolidation.hhi | consolidation.cr4 | consolidation.cr8` — the
 *   concentration of the member firms' output (points, percent), latest year.
 * A cluster without the input gets null (the evaluation's missing-value
 * rule applies); an indicator no cluster has fails with ATLAS_E_INDEX_SYSTEM
 * naming exactly what to import.
 */
export async function storeIndicatorValues(
  db: Duck,
  system: IndexSystem,
  clusters: readonly string[],
  systemFile: string,
): Promise<StoreIndicatorValues> {
  const out: StoreIndicatorValues = new Map(clusters.map((c) => [c, new Map()]));
  const transformation = system.indicators.filter(
    (i) => i.source.kind === 'metric' && i.source.metric.startsWith('transformation.'),
  );
  const fields = system.indicators.filter(
    (i) => i.source.kind === 'field' && i.source.field.startsWith('indicators.'),
  );
  const concentration = system.indicators.filter(
    (i) => i.source.kind === 'metric' && i.source.metric.startsWith('consolidation.'),
  );
  for (const i of concentration) {
    const m = (i.source as { metric: string }).metric;
    if (!['consolidation.hhi', 'consolidation.cr4', 'consolidation.cr8'].includes(m))
      throw new AtlasError(
        'ATLAS_E_INDEX_SYSTEM',
        `${systemFile}: ${i.id}: unknown metric ${m}; known: consolidation.hhi, consolidation.cr4, consolidation.cr8`,
        { file: systemFile, node: i.id, reason: 'unknown metric' },
      );
  }
  if (transformation.length + fields.length + concentration.length === 0) return out;
  const defs = transformation.map((i) => ({
    id: i.id,
    t: transformationIndicator(
      (i.source as { metric: string }).metric.slice('transformation.'.length),
    ),
  }));
  for (const c of clusters) {
    const values = out.get(c)!;
    if (defs.length) {
      const inputs = await readClusterFirmInputs(db, c);
      for (const d of defs) values.set(d.id, transformationValue(d.t, inputs));
    }
    if (concentration.length) {
      const figures = await firmConcentration(db, c);
      for (const i of concentration) {
        const what = (i.source as { metric: string }).metric.slice('consolidation.'.length);
        values.set(i.id, figures?.[what as keyof typeof figures] ?? null);
      }
    }
    if (fields.length) {
      const own = await readIndicators(db, 'cluster', c);
      for (const f of fields) {
        const name = (f.source as { field: string }).field.slice('indicators.'.length);
        const latest = own.filter((v) => v.indicator === name && v.value !== null).at(-1);
        values.set(f.id, latest?.value ?? null);
      }
    }
  }
  const absent = (id: string) => clusters.every((c) => out.get(c)!.get(id) === null);
  for (const d of defs)
    if (absent(d.id))
      throw new AtlasError(
        'ATLAS_E_INDEX_SYSTEM',
        `${systemFile}: ${d.id}: no cluster has the data for ${d.t.nameEn} (${d.t.nameZh}); ${importHint(d.t)}`,
        { file: systemFile, node: d.id, input: d.t.input, reason: 'no imported input' },
      );
  for (const i of concentration)
    if (absent(i.id))
      throw new AtlasError(
        'ATLAS_E_INDEX_SYSTEM',
        `${systemFile}: ${i.id}: no cluster's member firms report output, revenue or employees; import the firms' yearly measures (atlas import --kind organizations with an output column) to compute ${(i.source as { metric: string }).metric}`,
        { file: systemFile, node: i.id, input: 'output', reason: 'no firm sizes' },
      );
  for (const f of fields) {
    const name = (f.source as { field: string }).field.slice('indicators.'.length);
    if (absent(f.id))
      throw new AtlasError(
        'ATLAS_E_INDEX_SYSTEM',
        `${systemFile}: ${f.id}: no cluster has indicator ${name}; import it (atlas import --kind indicators FILE with columns subject_type,subject,indicator,year,value; subject_type cluster, indicator ${name}) or give its values with a data file`,
        { file: systemFile, node: f.id, input: name, reason: 'no imported indicator' },
      );
  }
  return out;
}

/** HHI (points), CR4 and CR8 (percent) of a cluster's member firms' output; null without sizes. */
async function firmConcentration(
  db: Duck,
  cluster: string,
): Promise<{ hhi: number; cr4: number; cr8: number } | null> {
  const { firms } = await loadScope(db, { cluster });
  const sizes = await loadSizes(db, firms, undefined, undefined);
  if (sizes.size.size === 0) return null;
  const p = concentrationProfile([...sizes.size.values()]);
  return { hhi: p.hhi, cr4: p.cr[4], cr8: p.cr[8] };
}
