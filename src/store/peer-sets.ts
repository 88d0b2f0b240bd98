/** SQL of saved peer sets (migration 012). */
import { listValue } from '@duckdb/node-api';
import type { Duck, Row, Tx } from './duck.ts';

export interface PeerSetRow {
  id: string;
  name: string;
  subjectType: 'cluster' | 'region';
  subject: string | null;
  members: string[];
  note: string | null;
  createdBy: string | null;
  createdAt: string;
}

const toRow = (r: Row): PeerSetRow => ({
  id: String(r.id),
  name: String(r.name),
  subjectType: String(r.subject_type) === 'region' ? 'region' : 'cluster',
  subject: (r.subject as string | null) ?? null,
  members: ((r.members as string[] | null) ?? []).map(String),
  note: (r.note as string | null) ?? null,
  createdBy: (r.created_by as string | null) ?? null,
  createdAt: String(r.created_at),
});

export async function insertPeerSet(tx: Tx, p: PeerSetRow): Promise<void> {
  await tx.exec(
    `INSERT INTO peer_sets VALUES ($id, $name, $type, $subject, $members::VARCHAR[], $note, $by, $at)`,
    {
      id: p.id,
      name: p.name,
      type: p.subjectType,
      subject: p.subject,
      members: listValue(p.members),
      note: p.note,
      by: p.createdBy,
      at: p.createdAt,
    },
  );
}

export async function readPeerSet(db: Duck, id: string): Promise<PeerSetRow | null> {
  const r = await db.one('SELECT * FROM peer_sets WHERE id = $id', { id });
  return r ? toRow(r) : null;
}

/** Saved peer sets, newest first; only those for `subject` when given. */
export async function readPeerSets(db: Duck, subject?: string): Promise<PeerSetRow[]> {
  const rows = subject
    ? await db.all('SELECT * FROM peer_sets WHERE subject = $s ORDER BY created_at DESC, id', {
        s: subject,
      })
    : await db.all('SELECT * FROM peer_sets ORDER BY created_at DESC, id');
  return rows.map(toRow);
}

export async function deletePeerSet(tx: Tx, id: string): Promise<void> {
  await tx.exec('DELETE FROM peer_sets WHERE id = $id', { id });
}
