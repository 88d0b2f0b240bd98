import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runAtlas } from './run-atlas.ts';

const dir = mkdtempSync(join(tmpdir(), 'atlas-user-'));
const db = join(dir, 'users.duckdb');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('atlas user', () => {
  it('adds accounts (password from the environment or stdin), lists them without passwords, removes them', () => {
    const a = runAtlas(['user', 'add', 'alice', '--role', 'analyst', '--db', db], {
      env: { ATLAS_PASSWORD: 'correct horse battery' },
    });
    expect(a.code).toBe(0);
    expect(a.stderr).toContain('added alice (analyst)');
    const b = runAtlas(['user', 'add', 'bob', '--role', 'admin', '--db', db], {
      input: 'another good password\n',
    });
    expect(b.code).toBe(0);
    const list = runAtlas(['user', 'list', '--db', db, '--format', 'csv']);
    expect(
      list.stdout
        .trim()
        .split('\n')
        .slice(1)
        .map((r) => r.split(',').slice(0, 2).join(',')),
    ).toEqual(['alice,analyst', 'bob,admin']);
    expect(list.stdout).not.toContain('horse');
    expect(runAtlas(['user', 'remove', 'alice', '--db', db]).code).toBe(0);
    const again = runAtlas(['user', 'remove', 'alice', '--db', db]);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain('ATLAS_E_NOT_FOUND');
  });

  it('refuses a weak password, an unknown role, a duplicate and a member without its organisation', () => {
    const env = { ATLAS_PASSWORD: 'short' };
    expect(
      runAtlas(['user', 'add', 'carol', '--role', 'viewer', '--db', db], { env }).stderr,
    ).toContain('ATLAS_E_BAD_VALUE');
    const ok = { ATLAS_PASSWORD: 'long enough password' };
    expect(
      runAtlas(['user', 'add', 'carol', '--role', 'boss', '--db', db], { env: ok }).stderr,
    ).toContain('ATLAS_E_USAGE');
    expect(
      runAtlas(['user', 'add', 'bob', '--role', 'viewer', '--db', db], { env: ok }).stderr,
    ).toContain('ATLAS_E_USER_EXISTS');
    expect(
      runAtlas(['user', 'add', 'dan', '--role', 'member', '--db', db], { env: ok }).stderr,
    ).toContain('organisation');
  });
});
