import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { toAtlasError } from '../../src/api/errors.ts';
import { ApiError } from '../../src/contract/api-error.ts';
import { AtlasError } from '../../src/core/errors.ts';
import type { Duck } from '../../src/store/duck.ts';
import { fixtureStore } from './fixture.ts';

let db: Duck;
let app: FastifyInstance;
beforeAll(async () => {
  db = await fixtureStore();
  app = await buildApp({ db });
});
afterAll(async () => {
  await app.close();
  db.close();
});

async function get(url: string, method: 'GET' | 'POST' = 'GET') {
  const res = await app.inject({ method, url });
  return { status: res.statusCode, body: res.json() };
}

function expectErrorShape(body: Record<string, unknown>, code: string) {
  expect(body.code).toBe(code);
  expect(typeof body.message).toBe('string');
  expect((body.message as string).length).toBeGreaterThan(0);
  expect(typeof body.details).toBe('object');
  // Exactly the contract's fields: what the web reads (src/contract/api-error.ts).
  expect(ApiError.parse(body)).toEqual(body);
}

describe('validation errors answer 400 ATLAS_E_BAD_REQUEST with details', () => {
  it.each([
    ['/api/regions?level=town', 'querystring'],
    ['/api/regions?parent=44', 'querystring'],
    ['/api/industries?level=5', 'querystring'],
    ['/api/industries?level=one', 'querystring'],
    ['/api/organizations?page=0', 'querystring'],
    ['/api/organizations?pageSize=100000', 'querystring'],
    ['/api/organizations?kind=spaceship', 'querystring'],
    ['/api/organizations?region=guangdong', 'querystring'],
    ['/api/organizations?color=red', 'querystring'],
    ['/api/geo/county', 'params'],
  ])('%s', async (url, where) => {
    const { status, body } = await get(url);
    expect(status).toBe(400);
    expectErrorShape(body, 'ATLAS_E_BAD_REQUEST');
    expect(body.details.in).toBe(where);
    expect(body.details.issues.length).toBeGreaterThan(0);
  });
});

describe('404', () => {
  it('answers an unknown cluster with ATLAS_E_NOT_FOUND', async () => {
    const { status, body } = await get('/api/clusters/no-such-cluster');
    expect(status).toBe(404);
    expectErrorShape(body, 'ATLAS_E_NOT_FOUND');
    expect(body.details).toEqual({ id: 'no-such-cluster' });
  });

  it('answers an unknown API route with the same shape', async () => {
    const { status, body } = await get('/api/nothing-here');
    expect(status).toBe(404);
    expectErrorShape(body, 'ATLAS_E_NOT_FOUND');
  });

  it('answers a wrong method with the same shape', async () => {
    const { status, body } = await get('/api/clusters', 'POST');
    expect(status).toBe(404);
    expectErrorShape(body, 'ATLAS_E_NOT_FOUND');
  });
});

describe('toAtlasError', () => {
  it('keeps AtlasErrors as they are', () => {
    const e = new AtlasError('ATLAS_E_FORBIDDEN', 'no');
    expect(toAtlasError(e)).toBe(e);
  });

  it('hides the message of an internal failure', () => {
    const e = toAtlasError(new Error('SELECT secret FROM /home/x'));
    expect(e.code).toBe('ATLAS_E_INTERNAL');
    expect(e.status).toBe(500);
    expect(e.message).not.toContain('secret');
  });

  it("maps Fastify's own client errors to ATLAS_E_BAD_REQUEST with their status", () => {
    const e = toAtlasError(
      Object.assign(new Error('Unsupported Media Type'), {
        statusCode: 415,
        code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE',
      }),
    );
    expect(e).toMatchObject({ code: 'ATLAS_E_BAD_REQUEST', status: 415 });
    expect(e.details).toEqual({ fastifyCode: 'FST_ERR_CTP_INVALID_MEDIA_TYPE' });
  });
});
