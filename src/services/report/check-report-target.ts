import { AtlasError } from '../../core/errors.ts';
import type { Duck } from '../../store/duck.ts';
import { readCluster } from '../../store/queries/clusters.ts';
import { readRegions } from '../../store/queries/regions.ts';
import type { ReportTarget } from './print-report.ts';

/**
 * ATLAS_E_NOT_FOUND for a report of a cluster or region the atlas does not
 * hold — asked before a browser is started, so a typo costs nothing.
 */
export async function checkReportTarget(db: Duck, t: ReportTarget): Promise<void> {
  if (t.kind === 'cluster') {
    if (!(await readCluster(db, t.id)))
      throw new AtlasError('ATLAS_E_NOT_FOUND', `no cluster with id ${t.id}`, { id: t.id });
    return;
  }
  const [region] = await readRegions(db, { codes: [t.code] });
  if (!region)
    throw new AtlasError('ATLAS_E_NOT_FOUND', `no region with GB/T 2260 code ${t.code}`, {
      code: t.code,
    });
}
