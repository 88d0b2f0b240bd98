import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import type { Duck } from '../../src/store/duck.ts';
import { openStore } from '../../src/store/store.ts';

let db: Duck;
let dir: string;
let built: FastifyInstance;
let unbuilt: FastifyInstance;
beforeAll(async () => {
  db = await openStore({ path: ':memory:' });
  dir = mkdtempSync(join(tmpdir(), 'atlas-web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><div id="root">SPA</div>');
  writeFileSync(join(dir, 'assets', 'app-abc123.js'), 'console.log(1)');
  built = await buildApp({ db, webRoot: dir });
  unbuilt = await buildApp({ db, webRoot: join(dir, 'missing') });
});
afterAll(async () => {
  await built.close();
  await unbuilt.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the web app', () => {
  it('serves index.html at / and for browser routes (SPA fallback)', async () => {
    for (const url of ['/', '/clusters/c-1', '/en/map?x=1']) {
      const res = await built.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.body).toContain('SPA');
    }
  });

  it('serves hashed assets as immutable', async () => {
    const res = await built.inject({ method: 'GET', url: '/assets/app-abc123.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toContain('immutable');
  });

  it('does not fall back for /api paths', async () => {
    const res = await built.inject({ method: 'GET', url: '/api/missing' });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('ATLAS_E_NOT_FOUND');
  });

  it('says how to build the app when web/dist is missing', async () => {
    const res = await unbuilt.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('npm run build:web');
  });
});
