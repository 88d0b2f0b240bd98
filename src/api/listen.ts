import type { FastifyInstance } from 'fastify';
import { AtlasError } from '../core/errors.ts';

export interface ListenOptions {
  host?: string;
  port?: number;
}

export const DEFAULT_HOST = '127.0.0.1';
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
