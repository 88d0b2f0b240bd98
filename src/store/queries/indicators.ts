import type { Provenance } from '../../core/model/provenance.ts';
import type { Duck } from '../duck.ts';
import type { IndicatorValue } from '../indicators.ts';

/** Every indicator value stored for one subject (a cluster, region or organisation), by indicator and year. */
export async function readIndicators(
  db: Duck,
  subjectType: IndicatorValue['subjectType'],
  subject: string,
): Promise<IndicatorValue[]> {
  const rows = await db.all(
    `SELECT indicator, year, value, unit, provenance::VARCHAR AS provenance
     FROM indicators WHERE subject_type = $subjectType AND subject = $subject
     ORDER BY indicator, year NULLS FIRST`,
    { subjectType, subject },
  );
  return rows.map((r) => ({
    subjectType,
    subject,
    indicator: String(r.indicator),
    year: r.year === null || r.year === undefined ? undefined : Number(r.year),
    value: r.value === null || r.value === undefined ? null : Number(r.value),
    unit: r.unit === null || r.unit === undefined ? undefined : String(r.unit),
    provenance: (typeof r.provenance === 'string'
      ? JSON.parse(r.provenance)
      : r.provenance) as Provenance,
  }));
}

/** Member enterprises of a cluster, real and synthetic counted apart. */
export async function readClusterFirmCounts(
  db: Duck,
  cluster: string,
): Promise<{ real: number; synthetic: number }> {
  const row = await db.one(
    `SELECT count(*) FILTER (WHERE NOT o.synthetic) AS real, count(*) FILTER (WHERE o.synthetic) AS synthetic
     FROM cluster_members m JOIN organizations o ON o.id = m.organization
     WHERE m.cluster = $cluster AND o.kind = 'enterprise'`,
    { cluster },
  );
  return { real: Number(row?.real ?? 0), synthetic: Number(row?.synthetic ?? 0) };
}
