import type { FastifyInstance } from 'fastify';
import { AtlasError } from '../core/errors.ts';

export interface ListenOptions {
  host?: string;
  port?: number;
}

export const DEFAULT_HOST = '127.0.0.1';

/** Is this bind address reachable from this machine only (127.0.0.0/8, ::1, localhost)? */
export function isLoopbackHost(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  return (
    h === 'localhost' ||
    h === '::1' ||
    /^127(\.\d{1,3}){3}$/.test(h) ||
    /^::ffff:127(\.\d{1,3}){3}$/.test(h)
  );
}

export const DEFAULT_PORT = 8080;

/** Starts listening; resolves to the URL to open. Port 0 picks a free port. */
export async function listen(app: FastifyInstance, opts: ListenOptions = {}): Promise<string> {
  const host = opts.host ?? DEFAULT_HOST;
  const port = opts.port ?? DEFAULT_PORT;
  try {
    await app.listen({ host, port });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new AtlasError(
      'ATLAS_E_LISTEN',
      code === 'EADDRINUSE'
        ? `port ${port} on ${host} is already in use`
        : `cannot listen on ${host}:${port}: ${(e as Error).message}`,
      { host, port, errno: code },
    );
  }
  const address = app.server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  const shown = host.includes(':') ? `[${host}]` : host;
  return `http://${shown}:${actual}/`;
}
