import type { Role } from '../core/access/viewer.ts';
import type { Duck, Tx } from './duck.ts';

/** An account as stored (the password only as its scrypt hash). */
export interface UserRow {
  name: string;
  role: Role;
  organization: string | null;
  passwordHash: string;
  createdAt: string;
}

export interface SessionRow {
  tokenHash: string;
  user: string | null;
  role: Role;
  organization: string | null;
  csrf: string;
  expiresAt: string;
}

export interface AuditRow {
  at: string;
  actor: string;
  role: string;
  action: string;
  target: string;
  status: number;
  details: Record<string, unknown> | null;
}

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

export async function insertUser(tx: Tx, u: UserRow): Promise<void> {
  await tx.exec(`INSERT INTO users VALUES ($name, $role, $organization, $hash, $at)`, {
    name: u.name,
    role: u.role,
    organization: u.organization,
    hash: u.passwordHash,
    at: u.createdAt,
  });
}

export async function readUser(db: Duck | Tx, name: string): Promise<UserRow | undefined> {
  const [r] = await db.all(`SELECT * FROM users WHERE name = $name`, { name });
  if (!r) return undefined;
  return {
    name: String(r.name),
    role: r.role as Role,
    organization: str(r.organization),
    passwordHash: String(r.password_hash),
    createdAt: String(r.created_at),
  };
}

export async function readUsers(db: Duck): Promise<Omit<UserRow, 'passwordHash'>[]> {
  const rows = await db.all(`SELECT name, role, organization, created_at FROM users ORDER BY name`);
  return rows.map((r) => ({
    name: String(r.name),
    role: r.role as Role,
    organization: str(r.organization),
    createdAt: String(r.created_at),
  }));
}

/** Removes the account and its sessions; answers whether it existed. */
export async function deleteUser(tx: Tx, name: string): Promise<boolean> {
  const [r] = await tx.all(`SELECT count(*) AS n FROM users WHERE name = $name`, { name });
  await tx.exec(`DELETE FROM sessions WHERE user_name = $name`, { name });
  await tx.exec(`DELETE FROM users WHERE name = $name`, { name });
  return Number(r?.n ?? 0) > 0;
}

export async function insertSession(tx: Tx, s: SessionRow, createdAt: string): Promise<void> {
  await tx.exec(
    `INSERT INTO sessions VALUES ($hash, $user, $role, $organization, $csrf, $created, $expires)`,
    {
      hash: s.tokenHash,
      user: s.user,
      role: s.role,
      organization: s.organization,
      csrf: s.csrf,
      created: createdAt,
      expires: s.expiresAt,
    },
  );
}

/** The live session of a token hash (expired ones are not answered). */
export async function readSession(
  db: Duck,
  tokenHash: string,
  now: string,
): Promise<SessionRow | undefined> {
  const [r] = await db.all(
    `SELECT * FROM sessions WHERE token_hash = $hash AND expires_at > $now`,
    { hash: tokenHash, now },
  );
  if (!r) return undefined;
  return {
    tokenHash: String(r.token_hash),
    user: str(r.user_name),
    role: r.role as Role,
    organization: str(r.organization),
    csrf: String(r.csrf),
    expiresAt: String(r.expires_at),
  };
}

export async function deleteSession(tx: Tx, tokenHash: string): Promise<void> {
  await tx.exec(`DELETE FROM sessions WHERE token_hash = $hash`, { hash: tokenHash });
}

export async function insertLoginToken(
  tx: Tx,
  tokenHash: string,
  role: Role,
  expiresAt: string,
): Promise<void> {
  await tx.exec(`INSERT INTO login_tokens VALUES ($hash, $role, $expires, NULL)`, {
    hash: tokenHash,
    role,
    expires: expiresAt,
  });
}

/** Marks a live, unused token used and answers its role; undefined when there is none. */
export async function useLoginToken(
  tx: Tx,
  tokenHash: string,
  now: string,
): Promise<Role | undefined> {
  const [r] = await tx.all(
    `SELECT role FROM login_tokens WHERE token_hash = $hash AND used_at IS NULL AND expires_at > $now`,
    { hash: tokenHash, now },
  );
  if (!r) return undefined;
  await tx.exec(`UPDATE login_tokens SET used_at = $now WHERE token_hash = $hash`, {
    hash: tokenHash,
    now,
  });
  return r.role as Role;
}

export async function insertAudit(tx: Tx, a: AuditRow): Promise<void> {
  await tx.exec(
    `INSERT INTO audit_log VALUES ($at, $actor, $role, $action, $target, $status, $details)`,
    {
      at: a.at,
      actor: a.actor,
      role: a.role,
      action: a.action,
      target: a.target,
      status: a.status,
      details: a.details === null ? null : JSON.stringify(a.details),
    },
  );
}

export async function readAudit(
  db: Duck,
  limit: number,
  offset: number,
): Promise<{ rows: AuditRow[]; total: number }> {
  const [t] = await db.all(`SELECT count(*) AS n FROM audit_log`);
  const rows = await db.all(
    `SELECT happened_at, actor, role, action, target, status, details::VARCHAR AS details
     FROM audit_log ORDER BY happened_at DESC, action LIMIT $limit OFFSET $offset`,
    { limit, offset },
  );
  return {
    total: Number(t?.n ?? 0),
    rows: rows.map((r) => ({
      at: String(r.happened_at),
      actor: String(r.actor),
      role: String(r.role),
      action: String(r.action),
      target: String(r.target),
      status: Number(r.status),
      details:
        r.details === null ? null : (JSON.parse(String(r.details)) as Record<string, unknown>),
    })),
  };
}
