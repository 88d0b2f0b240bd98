import type { Command } from 'commander';
import { AtlasError } from '../../core/errors.ts';
// serve is the one command that starts the other shell (the API); no other CLI file may import it.
import { buildApp } from '../../api/app.ts';
import { DEFAULT_HOST, DEFAULT_PORT, listen } from '../../api/listen.ts';
import { issueLoginToken } from '../../services/access/sessions.ts';
import { bootstrap } from '../../services/bootstrap.ts';
import { openAtlas } from '../../services/open-atlas.ts';
import { say } from '../output.ts';

interface ServeOptions {
  port?: string;
  host?: string;
  db?: string;
  private?: boolean;
}

function parsePort(text: string | undefined): number {
  const raw = text ?? process.env.PORT;
  if (raw === undefined || raw === '') return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new AtlasError('ATLAS_E_USAGE', `port must be an integer from 0 to 65535, got ${raw}`, {
      port: raw,
    });
  }
  return port;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Serve the API and the web app (default http://127.0.0.1:${PORT:-8080}/)')
    .option('--port <n>', `port (default $PORT or ${DEFAULT_PORT}; 0 picks a free one)`)
    .option('--host <host>', `address to bind (default ${DEFAULT_HOST}, this machine only)`)
    .option('--db <path>', 'database file (default $ATLAS_DB or ./atlas.duckdb)')
    .option('--private', 'refuse anonymous visitors (default: they may read public data)')
    .action(async (opts: ServeOptions) => {
      const port = parsePort(opts.port);
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
        });
        const url = await listen(app, { host: opts.host ?? DEFAULT_HOST, port });
        // As Jupyter does: a one-time link that signs this machine's user in as admin.
        const token = await issueLoginToken(db, 'admin');
        const signIn = `${url}api/session/token?token=${token}`;
        say(`Cluster Atlas is serving at ${url}  (API docs: ${url}api/docs; Ctrl-C stops it)`);
        say(`Sign in as admin (once, within 24 h): ${signIn}`);
        // The sign-in URL alone on stdout, for scripts.
        process.stdout.write(signIn + '\n');
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
