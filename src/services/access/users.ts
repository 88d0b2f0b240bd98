import { isRole, type Role } from '../../core/access/viewer.ts';
import { AtlasError } from '../../core/errors.ts';
import { deleteUser, insertUser, readUser, readUsers } from '../../store/access.ts';
import type { Duck } from '../../store/duck.ts';
import { hashPassword } from './password.ts';

export const MIN_PASSWORD_LENGTH = 10;

export interface NewUser {
  name: string;
  role: Role;
  /** Required for a member: the organisation it acts for. */
  organization?: string;
  password: string;
}

/** Adds an account; the password is stored as its scrypt hash only. */
export async function addUser(db: Duck, u: NewUser): Promise<void> {
  const name = u.name.trim();
  if (!/^[\p{L}\p{N}._@-]{1,64}$/u.test(name))
    throw new AtlasError('ATLAS_E_BAD_VALUE', 'a user name is 1–64 letters, digits, . _ @ -', {
      field: 'name',
    });
  if (!isRole(u.role))
    throw new AtlasError('ATLAS_E_BAD_VALUE', `role must be admin, analyst, viewer or member`, {
      field: 'role',
      value: u.role,
    });
  if (u.role === 'member' && !u.organization)
    throw new AtlasError('ATLAS_E_BAD_VALUE', 'a member account needs its organisation id', {
      field: 'organization',
    });
  if (u.role !== 'member' && u.organization)
    throw new AtlasError('ATLAS_E_BAD_VALUE', 'only a member account is tied to an organisation', {
      field: 'organization',
    });
  if (u.password.length < MIN_PASSWORD_LENGTH)
    throw new AtlasError(
      'ATLAS_E_BAD_VALUE',
      `a password has at least ${MIN_PASSWORD_LENGTH} characters`,
      { field: 'password' },
    );
  if (u.organization) {
    const org = await db.one(`SELECT id FROM organizations WHERE id = $id`, { id: u.organization });
    if (!org)
      throw new AtlasError('ATLAS_E_NOT_FOUND', `no organization with id ${u.organization}`, {
        id: u.organization,
      });
  }
  const passwordHash = await hashPassword(u.password);
  await db.transaction(async (tx) => {
    if (await readUser(tx, name))
      throw new AtlasError('ATLAS_E_USER_EXISTS', `an account named ${name} exists`, { name });
    await insertUser(tx, {
      name,
      role: u.role,
      organization: u.organization ?? null,
      passwordHash,
      createdAt: new Date().toISOString(),
    });
  });
}

export const listUsers = (db: Duck) => readUsers(db);

/** Removes an account and signs it out everywhere. */
export async function removeUser(db: Duck, name: string): Promise<void> {
  const existed = await db.transaction((tx) => deleteUser(tx, name));
  if (!existed) throw new AtlasError('ATLAS_E_NOT_FOUND', `no account named ${name}`, { name });
}
