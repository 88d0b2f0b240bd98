import type { Command } from 'commander';
import { AtlasError } from '../../core/errors.ts';
// serve is the one command that starts the other shell (the API); no other CLI file may import it.
import { buildApp } from '../../api/app.ts';
import { DEFAULT_HOST, DEFAULT_PORT, isLoopbackHost, listen } from '../../api/listen.ts';
import { issueLoginToken } from '../../services/access/sessions.ts';
import { listUsers } from '../../services/access/users.ts';
import { bootstrap } from '../../services/bootstrap.ts';
import { warmSearch } from '../../services/catalog/search.ts';
import { openAtlas } from '../../services/open-atlas.ts';
import type { Duck } from '../../store/duck.ts';
import { audited } from '../audit.ts';
import { say } from '../output.ts';
import { numberOption } from '../options/number-option.ts';

interface ServeOptions {
  port?: string;
  host?: string;
  db?: string;
  private?: boolean;
  trustProxy?: string | boolean;
}

/** --trust-proxy: alone true; a number is a hop count; else addresses or CIDRs. */
function parseTrustProxy(v: string | boolean | undefined): boolean | number | string[] {
  if (v === undefined || v === false) return false;
  if (v === true || v === 'true') return true;
  // Digits alone are a hop count, checked by the CLI's one number parser.
  if (/^\s*\d+\s*$/.test(v)) return numberOption.nonNegativeWhole('trust-proxy', v);
  const list = v
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
  if (list.length === 0)
    throw new AtlasError('ATLAS_E_USAGE', '--trust-proxy takes a hop count or addresses', {
      trustProxy: v,
    });
  return list;
}

/**
 * As Jupyter does: a one-time link that signs this machine's user in as
 * admin — printed once, to the terminal only (stderr on a TTY, never stdout
 * or a log), and only when the server answers this machine alone. Bound to
 * another address, or without a terminal, no link is made: accounts come
 * from `atlas user add`.
 */
async function offerSignIn(db: Duck, url: string, host: string): Promise<void> {
  const admins = (await listUsers(db)).filter((u) => u.role === 'admin').length;
  const addAdmin = `atlas user add NAME --role admin${admins > 0 ? '' : '  (there is no admin account yet)'}`;
  if (!isLoopbackHost(host)) {
    say(
      `bound to ${host}, not this machine only: no sign-in link is printed; sign in with an account — ${addAdmin}`,
    );
    return;
  }
  if (!process.stderr.isTTY) {
    say(
      `no terminal: the one-time sign-in link is not printed (it would land in a log); ${addAdmin}`,
    );
    return;
  }
  const token = await audited(db, 'atlas serve: one-time sign-in link', 'admin', () =>
    issueLoginToken(db, 'admin'),
  );
  say(`Sign in as admin (once, within 24 h): ${url}api/session/token?token=${token}`);
}

function parsePort(text: string | undefined): number {
  const raw = text ?? process.env.PORT;
  if (raw === undefined || raw === '') return DEFAULT_PORT;
  return numberOption.whole(text === undefined ? 'port (from $PORT)' : 'port', raw, 0, 65535);
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Serve the API and the web app (default http://127.0.0.1:${PORT:-8080}/)')
    .option('--port <n>', `port (default $PORT or ${DEFAULT_PORT}; 0 picks a free one)`)
    .option('--host <host>', `address to bind (default ${DEFAULT_HOST}, this machine only)`)
    .option('--db <path>', 'database file (default $ATLAS_DB or ./atlas.duckdb)')
    .option('--private', 'refuse anonymous visitors (default: they may read public data)')
    .option(
      '--trust-proxy [proxies]',
      'behind a TLS reverse proxy: believe its X-Forwarded-For/-Proto (client address, https → Secure cookies); alone: any proxy, else a hop count or comma-separated addresses/CIDRs',
    )
    .action(async (opts: ServeOptions) => {
      const port = parsePort(opts.port);
      const trustProxy = parseTrustProxy(opts.trustProxy);
      const db = await openAtlas({ path: opts.db });
      let app;
      try {
        const boot = await bootstrap(db);
        if (boot.loaded) say('loaded the default data set into the new database');
        for (const w of boot.warnings) say(`warning ${w.code}: ${w.message}`);
        app = await buildApp({
          db,
          logger: { level: process.env.ATLAS_LOG ?? 'warn' },
          anonymous: opts.private ? 'none' : 'viewer',
          trustProxy,
        });
        const host = opts.host ?? DEFAULT_HOST;
        const url = await listen(app, { host, port });
        say(`Cluster Atlas is serving at ${url}  (API docs: ${url}api/docs; Ctrl-C stops it)`);
        if (trustProxy !== false)
          say(`trusting X-Forwarded-For/-Proto from ${JSON.stringify(trustProxy)}`);
        await offerSignIn(db, url, host);
        // Names' pinyin for the search, in the background: the first search would otherwise wait for it.
        void warmSearch(db).catch(() => undefined);
      } catch (e) {
        await app?.close();
        db.close();
        throw e;
      }
      const server = app;
      const stop = async () => {
        say('stopping');
        await server.close();
        await db.idle();
        db.close();
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
