import type { z } from 'zod';
import { AtlasError } from '../../core/errors.ts';
import type { Duck } from '../../store/duck.ts';
import {
  readCapability,
  organizationExists,
  upsertRows,
  type CapabilityRow,
} from '../../store/matching.ts';
import { invalidateMatching } from './matching-cache.ts';
import { newId, stamp } from './now.ts';
import { CapabilityInput, parseInput } from './schemas.ts';

/** Posts a capability (能力: products, processes, certifications, capacity). */
export async function postCapability(
  db: Duck,
  input: CapabilityInput,
  opts: { now?: Date | string } = {},
): Promise<CapabilityRow> {
  const c = parseInput(CapabilityInput, input, 'capability');
  const id = c.id ?? newId('cap');
  const row = await db.transaction(async (tx) => {
    if (!(await organizationExists(tx, c.organization)))
      throw new AtlasError('ATLAS_E_NOT_FOUND', `no organisation ${c.organization}`, {
        organization: c.organization,
      });
    await upsertRows(tx, 'capabilities', [capabilityRecord(c, id, stamp(opts.now))]);
    return (await readCapability(tx, id))!;
  });
  invalidateMatching(db, 'capabilities');
  return row;
}

/** The stored row of a parsed capability (shared with the file import). */
export function capabilityRecord(
  c: z.output<typeof CapabilityInput>,
  id: string,
  at: string,
): CapabilityRow {
  return {
    id,
    organization: c.organization,
    title: c.title,
    description: c.description,
    kind: c.kind,
    products: c.products,
    processes: c.processes,
    certifications: c.certifications,
    capacity: c.capacity,
    nodes: c.nodes,
    derived: false,
    created_at: at,
    synthetic: c.provenance?.synthetic ?? false,
    provenance: c.provenance ?? { source: 'atlas match', method: 'manual', verified: true },
  };
}
