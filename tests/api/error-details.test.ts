import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorBody, wireDetails } from '../../src/api/errors.ts';
import { ApiError } from '../../src/contract/api-error.ts';
import { AtlasError } from '../../src/core/errors.ts';
import { fixtureApp } from './fixture.ts';

/**
 * An error's details are closed to a bounded depth (src/contract/error-details.ts):
 * the answers the error sites give carry the same details as before, serialised
 * through the contract's schema; only a value deeper than the contract travels
 * as its JSON text.
 */
let app: FastifyInstance;
let analyst: Record<string, string>;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ app, headers: analyst, close } = await fixtureApp('analyst'));
});
afterAll(async () => close?.());

/** The answer's body, checked against the contract (no field more, none less). */
function body(r: { json: () => unknown }): ApiError {
  const b = r.json() as ApiError;
  expect(ApiError.parse(b)).toEqual(b);
  return b;
}

const USCC = '统一社会信用代码';
const issue = (row: number, column: string, value: string, reason: string, code: string) => ({
  file: 'a.csv',
  row,
  column,
  value,
  reason,
  code,
});

describe('error answers keep their details', () => {
  it('an import with several bad rows names each row, column, value and reason', async () => {
    const csv = [
      `企业名称,${USCC},所在省份,所在城市,行业代码,从业人员`,
      '长沙测试液压有限公司,91430100MA4L00000X,湖南,长沙,3444,120',
      '长沙测试阀门有限公司,91430100MA4L00000Y,湖南省,长沙市,3443,八十',
      '株洲测试铸造有限公司,,湖南,株洲,3391,-4',
    ].join('\n');
    const r = await app.inject({
      method: 'POST',
      url: '/api/imports?kind=organizations&file=a.csv&mode=commit',
      payload: csv,
      headers: { ...analyst, 'content-type': 'text/csv' },
    });
    expect(r.statusCode).toBe(422);
    const checksum = 'the check character (18th) does not match the first 17 (GB 32100 checksum)';
    expect(body(r)).toMatchObject({ code: 'ATLAS_E_INVALID_ROWS' });
    expect(body(r).details).toEqual({
      file: 'a.csv',
      rows: [
        issue(2, USCC, '91430100MA4L00000X', checksum, 'ATLAS_E_ROW_BAD_USCC'),
        issue(3, USCC, '91430100MA4L00000Y', checksum, 'ATLAS_E_ROW_BAD_USCC'),
        issue(3, '从业人员', '八十', '"八十" is not a number', 'ATLAS_E_ROW_BAD_NUMBER'),
        issue(4, '从业人员', '-4', 'employees cannot be negative', 'ATLAS_E_ROW_NEGATIVE'),
      ],
    });
  });

  it('a validation error lists its issues, each with its params as an object', async () => {
    const r = await app.inject({ url: '/api/regions?level=town' });
    expect(r.statusCode).toBe(400);
    expect(body(r).details).toEqual({
      in: 'querystring',
      issues: [
        {
          path: '/level',
          keyword: 'enum',
          message: 'must be equal to one of the allowed values',
          params: { allowedValues: ['province', 'prefecture', 'county'] },
        },
      ],
    });
  });

  it('a refused sign-in says when to come back, in details and Retry-After', async () => {
    const signIn = () =>
      app.inject({
        method: 'POST',
        url: '/api/session',
        payload: { name: 'nobody-here', password: 'wrong' },
        remoteAddress: '192.0.2.9',
      });
    for (let i = 0; i < 5; i++) expect((await signIn()).statusCode).toBe(401);
    const r = await signIn();
    expect(r.statusCode).toBe(429);
    expect(r.headers['retry-after']).toBe(String(body(r).details.retryAfterSeconds));
    expect(body(r)).toMatchObject({
      code: 'ATLAS_E_TOO_MANY_ATTEMPTS',
      details: { retryAfterSeconds: expect.any(Number), scope: 'name' },
    });
  });

  it('a missing record names its id', async () => {
    const r = await app.inject({ url: '/api/clusters/no-such-cluster' });
    expect(r.statusCode).toBe(404);
    expect(body(r)).toMatchObject({
      code: 'ATLAS_E_NOT_FOUND',
      details: { id: 'no-such-cluster' },
    });
  });
});

describe('wireDetails', () => {
  it('keeps details within the contract as JSON would send them', () => {
    const shallow = {
      file: 'a.csv',
      missing: ['name', 'region'],
      asked: { year: 2017, sectors: 42, note: null },
      candidates: [{ code: '079', nameZh: '专用设备', tags: ['a', 1] }, 'x', 3],
      issues: [{ path: '/level', params: { allowedValues: ['a', 'b'], limit: 1 } }],
      at: new Date('2026-01-02T03:04:05Z'),
      gone: undefined,
      count: 7n,
    };
    expect(wireDetails(shallow)).toEqual({
      file: 'a.csv',
      missing: ['name', 'region'],
      asked: { year: 2017, sectors: 42, note: null },
      candidates: [{ code: '079', nameZh: '专用设备', tags: ['a', 1] }, 'x', 3],
      issues: [{ path: '/level', params: { allowedValues: ['a', 'b'], limit: 1 } }],
      at: '2026-01-02T03:04:05.000Z',
      count: 7,
    });
  });

  it('sends a value deeper than the contract as its JSON text, where it stops fitting', () => {
    const deep = {
      cycle: [
        ['a', 'b'],
        ['b', 'a'],
      ],
      node: { id: 'n1', parent: { id: 'n0', path: { depth: 2 } } },
      rows: [{ row: 2, where: { sheet: 'S', cells: [{ col: 'A' }] } }],
    };
    const out = wireDetails(deep);
    expect(out).toEqual({
      cycle: ['["a","b"]', '["b","a"]'],
      node: { id: 'n1', parent: { id: 'n0', path: '{"depth":2}' } },
      rows: [{ row: 2, where: { sheet: 'S', cells: '[{"col":"A"}]' } }],
    });
    const e = new AtlasError('ATLAS_E_INDEX_SYSTEM', 'cycle', deep);
    expect(ApiError.parse(errorBody(e)).details).toEqual(out);
  });

  it('answers empty details for a value JSON cannot write (a cycle)', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(wireDetails(cyclic)).toEqual({});
  });
});
