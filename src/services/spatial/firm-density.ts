import { AtlasError } from '../../core/errors.ts';
import type { FirmDensity } from '../../contract/spatial.ts';
import type { Duck } from '../../store/duck.ts';
import { readFirmDensity } from '../../store/queries/firm-density.ts';

export interface FirmDensityOptions {
  /** Cell side in degrees, 0.05 to 2 (default 0.25, about 25 km). */
  cell?: number;
  industry?: string;
  kind?: string;
  excludeSynthetic?: boolean;
}

/** The map's density layer (src/contract/spatial.ts): counts per cell, the busiest cell's count. */
export type { FirmDensity };

/**
 * Where the located organisations are, as counts per grid cell — the map's
 * density layer. Counts, not a kernel surface (for hot spots see
 * storeHotspots): each figure is how many organisations the atlas places in
 * that square, and how many of them are synthetic. Coordinates are binned
 * as stored (WGS-84 or GCJ-02; the ≈0.5 km between them is far below a cell).
 */
export async function firmDensity(db: Duck, o: FirmDensityOptions = {}): Promise<FirmDensity> {
  const cell = o.cell ?? 0.25;
  if (!(cell >= 0.05 && cell <= 2))
    throw new AtlasError('ATLAS_E_BAD_VALUE', `cell must be from 0.05 to 2 degrees, got ${cell}`, {
      field: 'cell',
      value: cell,
    });
  const rows = await readFirmDensity(db, {
    cell,
    industry: (o.industry ?? '').trim(),
    kind: (o.kind ?? '').trim(),
    excludeSynthetic: Boolean(o.excludeSynthetic),
  });
  let organizations = 0;
  let synthetic = 0;
  let max = 0;
  const cells = rows.map((r): [number, number, number, number] => {
    organizations += r.organizations;
    synthetic += r.synthetic;
    if (r.organizations > max) max = r.organizations;
    return [r.lon + cell / 2, r.lat + cell / 2, r.organizations, r.synthetic];
  });
  return { cell, cells, organizations, synthetic, max };
}
