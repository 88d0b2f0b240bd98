/**
 * Sessions: a random 32-byte token in an http-only cookie; the store keeps
 * its SHA-256 only, with the role, the member's organisation, a CSRF secret
 * (double-submit: the web app echoes it in a header on every write) and an
 * expiry. One-time sign-in tokens (the link `atlas serve` prints, as Jupyter
 * does) are stored the same way and work once, within their lifetime.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Role, Viewer } from '../../core/access/viewer.ts';
import { AtlasError } from '../../core/errors.ts';
import {
  deleteSession,
  insertLoginToken,
  insertSession,
  readSession,
  readUser,
  useLoginToken,
} from '../../store/access.ts';
import type { Duck } from '../../store/duck.ts';
import { verifyNoAccount, verifyPassword } from './password.ts';

export const SESSION_HOURS = 12;
export const LOGIN_TOKEN_HOURS = 24;

export interface Session {
  /** The secret for the cookie; never stored. */
  token: string;
  csrf: string;
  viewer: Viewer;
  expiresAt: string;
}

const secret = () => randomBytes(32).toString('base64url');
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
const later = (hours: number, now = Date.now()) => new Date(now + hours * 3600_000).toISOString();

async function open(db: Duck, viewer: Viewer): Promise<Session> {
  const token = secret();
  const csrf = secret();
  const expiresAt = later(SESSION_HOURS);
  await db.transaction((tx) =>
    insertSession(
      tx,
      {
        tokenHash: hashToken(token),
        user: viewer.user ?? null,
        role: viewer.role,
        organization: viewer.organization ?? null,
        csrf,
        expiresAt,
      },
      new Date().toISOString(),
    ),
  );
  return { token, csrf, viewer, expiresAt };
}

/**
 * Signs in by name and password; the same error, after the same work (one
 * scrypt: a dummy hash for an unknown name), for an unknown name and a wrong
 * password.
 */
export async function signIn(db: Duck, name: string, password: string): Promise<Session> {
  const user = await readUser(db, name);
  const ok = user
    ? await verifyPassword(password, user.passwordHash)
    : await verifyNoAccount(password);
  if (!user || !ok) throw new AtlasError('ATLAS_E_LOGIN_FAILED', 'wrong name or password');
  return open(db, {
    role: user.role,
    user: user.name,
    ...(user.organization ? { organization: user.organization } : {}),
  });
}

/** The session of a cookie token, or undefined when it is unknown or expired. */
export async function resolveSession(
  db: Duck,
  token: string,
): Promise<{ viewer: Viewer; csrf: string } | undefined> {
  const s = await readSession(db, hashToken(token), new Date().toISOString());
  if (!s) return undefined;
  const viewer: Viewer = { role: s.role };
  if (s.user) viewer.user = s.user;
  if (s.organization) viewer.organization = s.organization;
  return { viewer, csrf: s.csrf };
}

export async function signOut(db: Duck, token: string): Promise<void> {
  await db.transaction((tx) => deleteSession(tx, hashToken(token)));
}

/** A one-time sign-in token for the given role (admin for the local `atlas serve`). */
export async function issueLoginToken(db: Duck, role: Role = 'admin'): Promise<string> {
  const token = secret();
  await db.transaction((tx) =>
    insertLoginToken(tx, hashToken(token), role, later(LOGIN_TOKEN_HOURS)),
  );
  return token;
}

/** Redeems a one-time token for a session; a used, unknown or expired token is refused. */
export async function redeemLoginToken(db: Duck, token: string): Promise<Session> {
  const role = await db.transaction((tx) =>
    useLoginToken(tx, hashToken(token), new Date().toISOString()),
  );
  if (!role) throw new AtlasError('ATLAS_E_LOGIN_FAILED', 'this sign-in link is used or expired');
  return open(db, { role, user: `local-${role}` });
}
