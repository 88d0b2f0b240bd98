import type { Provenance } from '../core/model/provenance.ts';
import type { ColumnSpec, Row, Tx } from './duck.ts';

/** A value of an indicator for a subject (a region, cluster or organisation) in a year. */
export interface IndicatorValue {
  subjectType: 'region' | 'cluster' | 'organization';
  subject: string;
  indicator: string;
  year?: number;
  value: number | null;
  unit?: string;
  provenance: Provenance;
}

const COLUMNS: readonly ColumnSpec[] = [
  { name: 'subject_type', kind: 'varchar' },
  { name: 'subject', kind: 'varchar' },
  { name: 'indicator', kind: 'varchar' },
  { name: 'year', kind: 'integer' },
  { name: 'value', kind: 'double' },
  { name: 'unit', kind: 'varchar' },
  { name: 'synthetic', kind: 'boolean' },
  { name: 'provenance', kind: 'json' },
];

/** Writes indicator values, replacing any with the same subject, indicator and year. */
export async function writeIndicators(tx: Tx, values: readonly IndicatorValue[]): Promise<number> {
  if (values.length === 0) return 0;
  const rows: Row[] = values.map((v) => ({
    subject_type: v.subjectType,
    subject: v.subject,
    indicator: v.indicator,
    year: v.year,
    value: v.value,
    unit: v.unit,
    synthetic: v.provenance.synthetic,
    provenance: v.provenance,
  }));
  await tx.exec('CREATE OR REPLACE TEMP TABLE stage_ind AS SELECT * FROM indicators LIMIT 0');
  await tx.append('stage_ind', COLUMNS, rows);
  await tx.exec(`DELETE FROM indicators i USING stage_ind s
                 WHERE i.subject_type = s.subject_type AND i.subject = s.subject
                   AND i.indicator = s.indicator AND i.year IS NOT DISTINCT FROM s.year`);
  await tx.exec('INSERT INTO indicators SELECT * FROM stage_ind');
  await tx.exec('DROP TABLE stage_ind');
  return rows.length;
}
