import type { AuditPage } from '../../contract/audit.ts';
import type { Viewer } from '../../core/access/viewer.ts';
import { insertAudit, readAudit, type AuditRow } from '../../store/access.ts';
import type { Duck } from '../../store/duck.ts';
import { plainDetails } from '../answer-warnings.ts';

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

/** A page of the audit log, newest first; details as plain values (src/contract/audit.ts). */
export async function listAudit(db: Duck, page = 1, pageSize = 50): Promise<AuditPage> {
  const { rows, total } = await readAudit(db, pageSize, (page - 1) * pageSize);
  const items = rows.map((r: AuditRow) => ({
    ...r,
    details: r.details === null ? null : plainDetails(r.details),
  }));
  return { items, total, page, pageSize };
}

/** Who wrote outside the API: the command line's operating-system user, or the atlas itself. */
export interface LocalActor {
  /** e.g. `cli:alice`, or `system` for the default data loaded into a new atlas. */
  actor: string;
  /** `cli` (whoever can open the database file) or `system`. */
  role: 'cli' | 'system';
}

/**
 * Appends a write made outside the API (an `atlas` command, the bootstrap of
 * a new atlas) to the same audit log: action as the command reads
 * (`atlas import --kind organizations`), the target it names, the outcome as
 * an HTTP-like status (the error's catalogue status when it failed), details.
 */
export async function recordLocalWrite(
  db: Duck,
  who: LocalActor,
  action: string,
  target: string,
  status: number,
  details: Record<string, unknown> | null = null,
): Promise<void> {
  await db.transaction((tx) =>
    insertAudit(tx, {
      at: new Date().toISOString(),
      actor: who.actor,
      role: who.role,
      action,
      target,
      status,
      details,
    }),
  );
}
