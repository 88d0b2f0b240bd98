import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/store.ts';
import { runAtlas } from './run-atlas.ts';

/**
 * The command line's writes go to the audit log the API keeps (issue 22,
 * item 12): `atlas import`, `atlas user add|remove`, `atlas generate`, done
 * or refused, as `cli:<user>`; a new atlas's default data as `system`. And
 * `atlas serve` prints its admin sign-in link once, to a terminal only, and
 * never when it answers other machines (item 15).
 */
const dir = mkdtempSync(join(tmpdir(), 'atlas-audit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function auditOf(db: string) {
  const store = await openStore({ path: db });
  try {
    const rows = await store.all(
      `SELECT actor, role, action, target, status, details::VARCHAR AS details
       FROM audit_log ORDER BY happened_at, action`,
    );
    return rows.map((r) => ({
      actor: String(r.actor),
      role: String(r.role),
      action: String(r.action),
      target: String(r.target),
      status: Number(r.status),
      details:
        r.details === null ? null : (JSON.parse(String(r.details)) as Record<string, unknown>),
    }));
  } finally {
    store.close();
  }
}

describe('the command line in the audit log', () => {
  const db = join(dir, 'cli.duckdb');

  it('logs imports (not dry runs), refused ones with their code, and account changes', async () => {
    const good = join(dir, 'good.csv');
    writeFileSync(good, '名称,省份\n甲公司,湖北\n乙公司,湖南\n');
    expect(runAtlas(['import', good, '--kind', 'organizations', '--db', db]).code).toBe(0);
    expect(
      runAtlas(['import', good, '--kind', 'organizations', '--dry-run', '--db', db]).code,
    ).toBe(0);
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, '名称,省份,员工人数\n丙公司,湖北,ten\n');
    expect(runAtlas(['import', bad, '--kind', 'organizations', '--db', db]).code).toBe(1);
    const env = { ATLAS_PASSWORD: 'correct horse battery' };
    expect(runAtlas(['user', 'add', 'alice', '--role', 'admin', '--db', db], { env }).code).toBe(0);
    expect(runAtlas(['user', 'add', 'alice', '--role', 'admin', '--db', db], { env }).code).toBe(1);
    expect(runAtlas(['user', 'remove', 'alice', '--db', db]).code).toBe(0);
    // Other writes too, e.g. a match outcome refused for an unknown match.
    expect(runAtlas(['match', 'outcome', 'no-such-match', 'contract', '--db', db]).code).toBe(1);

    const log = await auditOf(db);
    expect(log.map((r) => [r.action, r.target, r.status])).toEqual([
      ['atlas import --kind organizations', resolve(good), 200],
      ['atlas import --kind organizations', resolve(bad), 422],
      ['atlas user add', 'alice', 200],
      ['atlas user add', 'alice', 409],
      ['atlas user remove', 'alice', 200],
      ['atlas match outcome contract', 'no-such-match', 404],
    ]);
    for (const r of log) {
      expect(r.actor).toMatch(/^cli:./);
      expect(r.role).toBe('cli');
    }
    expect(log[0].details).toMatchObject({ kind: 'organizations', written: 2 });
    expect(log[1].details).toEqual({ code: 'ATLAS_E_INVALID_ROWS' });
    expect(log[2].details).toEqual({ role: 'admin', organization: null });
    expect(log[3].details).toEqual({ code: 'ATLAS_E_USER_EXISTS' });
    expect(JSON.stringify(log)).not.toContain('horse');
  }, 240_000); // eight atlas processes, each opening the database

  it('logs generate and the default data it loads first (with the records derived from it)', async () => {
    const gen = join(dir, 'synthetic.duckdb');
    const r = runAtlas(['generate', '--db', gen, '--seed', '7', '--firms', '40']);
    expect(r.code, r.stderr).toBe(0);
    const log = await auditOf(gen);
    expect(log.map((x) => [x.actor, x.action])).toEqual([
      ['system', 'bootstrap'],
      [expect.stringMatching(/^cli:/), 'atlas generate --seed 7'],
    ]);
    expect(log[1]).toMatchObject({ target: resolve(gen), status: 200 });
    expect(log[1].details).toMatchObject({ seed: 7, synthetic: true });
    expect(Number(log[1].details?.organizations)).toBeGreaterThan(0);
  }, 180_000);
});

/** Runs `atlas serve` until it says it is serving (or the link), then stops it. */
function serve(args: string[], opts: { tty: boolean }): Promise<{ out: string; err: string }> {
  const cmd = [process.execPath, 'bin/atlas.js', 'serve', '--port', '0', ...args];
  const child = opts.tty
    ? // util-linux script(1) gives the command a terminal.
      spawn('script', ['-qefc', cmd.map((a) => `'${a}'`).join(' '), '/dev/null'], {
        detached: true,
      })
    : spawn(cmd[0], cmd.slice(1), { detached: true });
  let out = '';
  let err = '';
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`serve did not start: ${out}${err}`)), 120_000);
    let stopping = false;
    const check = () => {
      if (stopping) return;
      const text = out + err;
      const ready = opts.tty ? /Sign in as admin|no sign-in link/ : /serving at/;
      if (ready.test(text) && /sign-in link|Sign in as admin|atlas user add/.test(text)) {
        stopping = true;
        clearTimeout(timer);
        setTimeout(() => {
          try {
            process.kill(-child.pid!, 'SIGTERM');
          } catch {
            // Already gone.
          }
        }, 200);
      }
    };
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      check();
    });
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
      check();
    });
    child.on('close', () => {
      clearTimeout(timer);
      done({ out, err });
    });
  });
}

describe('atlas serve and its sign-in link', () => {
  const db = join(dir, 'cli.duckdb');

  it('prints the link once on a terminal, never on stdout when it is not one, never for another address', async () => {
    const tty = await serve(['--db', db], { tty: true });
    const links = (tty.out + tty.err).match(/api\/session\/token\?token=[\w-]+/g) ?? [];
    expect(links, tty.out).toHaveLength(1);
    // Issuing the link is a write: in the audit log, without the token.
    const issued = (await auditOf(db)).filter((r) => r.action.startsWith('atlas serve'));
    expect(issued).toEqual([expect.objectContaining({ target: 'admin', status: 200 })]);
    expect(JSON.stringify(issued)).not.toContain(String(links[0]?.split('=')[1]));

    const piped = await serve(['--db', db], { tty: false });
    expect(piped.out + piped.err).not.toContain('session/token');
    expect(piped.err).toContain('no terminal');
    expect(piped.err).toContain('atlas user add');

    const open = await serve(['--db', db, '--host', '0.0.0.0'], { tty: false });
    expect(open.out + open.err).not.toContain('session/token');
    expect(open.err).toMatch(/bound to 0\.0\.0\.0, not this machine only: no sign-in link/);
    expect(open.err).toContain('atlas user add NAME --role admin');
  }, 300_000);
});
