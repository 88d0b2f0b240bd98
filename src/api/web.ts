import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AtlasError } from '../core/errors.ts';
import { errorBody } from './errors.ts';

/** Where `npm run build:web` puts the web app. */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../web/dist', import.meta.url));

const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>Cluster Atlas</title>
<p>The web app is not built. Run <code>npm run build:web</code> (or <code>npm start</code>), then reload.
<p>网页应用尚未构建。请运行 <code>npm run build:web</code>（或 <code>npm start</code>）后刷新。
<p>API: <a href="/api/docs">/api/docs</a>`;

/**
 * Serves the built web app: files from webRoot, and index.html for any
 * other GET outside /api (the app routes in the browser). Unknown /api paths
 * and other methods answer a 404 error body.
 */
export async function serveWeb(app: FastifyInstance, webRoot: string): Promise<void> {
  const index = join(webRoot, 'index.html');
  const built = existsSync(index);
  if (built) {
    await app.register(fastifyStatic, {
      root: webRoot,
      wildcard: true,
      index: 'index.html',
      // Vite names assets by content hash: they never change under one name; index.html does.
      setHeaders: (reply, path) => {
        if (path.endsWith('index.html')) reply.header('cache-control', 'no-cache');
        else if (path.startsWith(join(webRoot, 'assets'))) {
          reply.header('cache-control', 'public, max-age=31536000, immutable');
        }
      },
    });
  }

  app.setNotFoundHandler((req: FastifyRequest, reply: FastifyReply) => {
    const path = req.url.split('?')[0];
    if (req.method === 'GET' && !path.startsWith('/api/') && path !== '/api') {
      if (!built) return reply.type('text/html; charset=utf-8').send(NOT_BUILT);
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    const e = new AtlasError('ATLAS_E_NOT_FOUND', `no route ${req.method} ${path}`, {
      method: req.method,
      path,
    });
    return reply.status(404).send(errorBody(e));
  });
}
