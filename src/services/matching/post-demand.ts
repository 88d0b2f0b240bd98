import type { z } from 'zod';
import { AtlasError } from '../../core/errors.ts';
import type { Duck } from '../../store/duck.ts';
import {
  readDemand,
  organizationExists,
  upsertRows,
  type DemandRow,
} from '../../store/matching.ts';
import { invalidateMatching } from './matching-cache.ts';
import { newId, stamp } from './now.ts';
import { DemandInput, parseInput } from './schemas.ts';

/** Posts a demand (需求) of an organisation; returns the stored row. */
export async function postDemand(
  db: Duck,
  input: DemandInput,
  opts: { now?: Date | string } = {},
): Promise<DemandRow> {
  const d = parseInput(DemandInput, input, 'demand');
  const id = d.id ?? newId('dem');
  const row = await db.transaction(async (tx) => {
    if (!(await organizationExists(tx, d.organization)))
      throw new AtlasError('ATLAS_E_NOT_FOUND', `no organisation ${d.organization}`, {
        organization: d.organization,
      });
    for (const o of d.invited)
      if (!(await organizationExists(tx, o)))
        throw new AtlasError('ATLAS_E_NOT_FOUND', `invited organisation ${o} not found`, {
          organization: o,
        });
    await upsertRows(tx, 'demands', [demandRecord(d, id, stamp(opts.now))]);
    return (await readDemand(tx, id))!;
  });
  invalidateMatching(db, 'demands');
  return row;
}

/** The stored row of a parsed demand (shared with the file import). */
export function demandRecord(d: z.output<typeof DemandInput>, id: string, at: string): DemandRow {
  return {
    id,
    organization: d.organization,
    title: d.title,
    description: d.description,
    kind: d.kind,
    specification: d.specification,
    quantity: d.quantity,
    unit: d.unit,
    region: d.region,
    nodes: d.nodes,
    wanted_size: d.wantedSize,
    deadline: d.deadline,
    visibility: d.visibility,
    invited: d.invited,
    cluster: d.cluster,
    status: 'open',
    created_at: at,
    synthetic: d.provenance?.synthetic ?? false,
    provenance: d.provenance ?? { source: 'atlas match', method: 'manual', verified: true },
  };
}
