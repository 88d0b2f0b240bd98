import type { Viewer } from '../../core/access/viewer.ts';
import { insertAudit, readAudit, type AuditRow } from '../../store/access.ts';
import type { Duck } from '../../store/duck.ts';

/** Appends one write to the audit log: who, when, what (method and path), how it ended. */
export async function recordWrite(
  db: Duck,
  viewer: Viewer,
  action: string,
  target: string,
  status: number,
  details: Record<string, unknown> | null = null,
): Promise<void> {
  await db.transaction((tx) =>
    insertAudit(tx, {
      at: new Date().toISOString(),
      actor: viewer.user ?? 'anonymous',
      role: viewer.role,
      action,
      target,
      status,
      details,
    }),
  );
}

export async function listAudit(
  db: Duck,
  page = 1,
  pageSize = 50,
): Promise<{ items: AuditRow[]; total: number; page: number; pageSize: number }> {
  const { rows, total } = await readAudit(db, pageSize, (page - 1) * pageSize);
  return { items: rows, total, page, pageSize };
}
