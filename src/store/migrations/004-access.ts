import type { Migration } from './migration.ts';

/**
 * Accounts and their sessions: users with a role (admin, analyst,
 * viewer, member — tied to one organisation) and a scrypt password hash;
 * sessions and one-time sign-in tokens stored as SHA-256 hashes of their
 * secrets (a database copy does not let anyone sign in); the audit log of
 * every write (who, when, what). Times are ISO-8601 UTC strings.
 */
export const access: Migration = {
  version: 4,
  name: 'access',
  sql: `
CREATE TABLE users (
  name VARCHAR PRIMARY KEY, role VARCHAR NOT NULL, organization VARCHAR,
  password_hash VARCHAR NOT NULL, created_at VARCHAR NOT NULL
);
CREATE TABLE sessions (
  token_hash VARCHAR PRIMARY KEY, user_name VARCHAR, role VARCHAR NOT NULL, organization VARCHAR,
  csrf VARCHAR NOT NULL, created_at VARCHAR NOT NULL, expires_at VARCHAR NOT NULL
);
CREATE TABLE login_tokens (
  token_hash VARCHAR PRIMARY KEY, role VARCHAR NOT NULL, expires_at VARCHAR NOT NULL, used_at VARCHAR
);
CREATE TABLE audit_log (
  happened_at VARCHAR NOT NULL, actor VARCHAR NOT NULL, role VARCHAR NOT NULL,
  action VARCHAR NOT NULL, target VARCHAR NOT NULL, status INTEGER NOT NULL, details JSON
);
`,
};
