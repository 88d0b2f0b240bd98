import type { Link } from '../core/model/link.ts';
import type { ColumnSpec, Row, Tx } from './duck.ts';
import { type ChangeContext, recordWrite, TRACKED_LINK } from './history.ts';

const LINK_COLUMNS: readonly ColumnSpec[] = [
  { name: 'id', kind: 'varchar' },
  { name: 'source', kind: 'varchar' },
  { name: 'target', kind: 'varchar' },
  { name: 'type', kind: 'varchar' },
  { name: 'product', kind: 'varchar' },
  { name: 'value', kind: 'double' },
  { name: 'year', kind: 'integer' },
  { name: 'synthetic', kind: 'boolean' },
  { name: 'verified', kind: 'boolean' },
  { name: 'provenance', kind: 'json' },
];

/** Writes links (endpoints already resolved to organisation ids), replacing by id; changes go to the history. */
export async function writeLinks(
  tx: Tx,
  links: readonly Link[],
  ctx: ChangeContext = {},
): Promise<number> {
  if (links.length === 0) return 0;
  const rows: Row[] = links.map((l) => ({
    id: l.id,
    source: l.from,
    target: l.to,
    type: l.type,
    product: l.product,
    value: l.value,
    year: l.year,
    synthetic: l.provenance.synthetic,
    verified: l.provenance.verified,
    provenance: l.provenance,
  }));
  await tx.exec('CREATE OR REPLACE TEMP TABLE stage_links AS SELECT * FROM links LIMIT 0');
  await tx.append('stage_links', LINK_COLUMNS, rows);
  await recordWrite(tx, TRACKED_LINK, 'stage_links', ctx);
  await tx.exec('DELETE FROM links WHERE id IN (SELECT id FROM stage_links)');
  await tx.exec('INSERT INTO links SELECT * FROM stage_links');
  await tx.exec('DROP TABLE stage_links');
  return rows.length;
}
