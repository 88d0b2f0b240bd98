import type { FastifyInstance } from 'fastify';
import { AtlasError } from '../../core/errors.ts';
import { importUpload } from '../../services/import/import-upload.ts';
import type { Duck } from '../../store/duck.ts';
import { listImports } from '../../services/import/list-imports.ts';
import { ImportHistory, ImportHistoryQuery } from '../../contract/imports.ts';
import {
  TEXT_ENCODINGS,
  type ImportKind,
  type TextEncoding,
} from '../../core/model/import-vocabulary.ts';
import { wire } from '../contract-schema.ts';
import { errorResponses } from '../schemas.ts';

export const UPLOAD_LIMIT_BYTES = 50 * 1024 * 1024;

interface UploadQuery {
  kind: ImportKind;
  file: string;
  mode?: 'preview' | 'commit';
  skipInvalid?: boolean;
  map?: string;
  encoding?: TextEncoding;
  acceptGarbled?: boolean;
  year?: number;
  queuedAsNew?: boolean;
  reviewed?: string;
}

/** A person's decisions on held rows: a JSON object of row → 'new' or an organisation's id. */
function parseReviewed(text: string | undefined): Record<number, string> | undefined {
  if (!text) return undefined;
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    v = null;
  }
  const ok =
    v !== null &&
    typeof v === 'object' &&
    !Array.isArray(v) &&
    Object.entries(v).every(
      ([k, x]) => /^[1-9]\d{0,8}$/.test(k) && typeof x === 'string' && x !== '',
    );
  if (!ok)
    throw new AtlasError(
      'ATLAS_E_BAD_VALUE',
      "reviewed is a JSON object of row → 'new' or an organisation's id",
      { field: 'reviewed' },
    );
  return Object.fromEntries(Object.entries(v as object).map(([k, x]) => [Number(k), x as string]));
}

function parseMap(text: string | undefined): Record<string, string> | undefined {
  if (!text) return undefined;
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    v = null;
  }
  if (
    !v ||
    typeof v !== 'object' ||
    Array.isArray(v) ||
    Object.values(v).some((x) => typeof x !== 'string')
  )
    throw new AtlasError('ATLAS_E_BAD_VALUE', 'map is a JSON object of field → header', {
      field: 'map',
    });
  return v as Record<string, string>;
}

const open = { type: 'object', additionalProperties: true } as const;

/**
 * Imports over HTTP (the web's import wizard): the file's bytes as the body
 * (any content type), its name and kind in the query. `mode=preview` writes
 * nothing and lists row-level errors; `mode=commit` writes in one transaction.
 */
export async function importRoutes(app: FastifyInstance, db: Duck): Promise<void> {
  await app.register(async (scope) => {
    // Raw bytes for every content type in this scope only (the rest of the API takes JSON).
    scope.addContentTypeParser(
      '*',
      { parseAs: 'buffer', bodyLimit: UPLOAD_LIMIT_BYTES },
      (_req, body, done) => done(null, body),
    );
    scope.post<{ Querystring: UploadQuery; Body: Buffer }>(
      '/api/imports',
      {
        bodyLimit: UPLOAD_LIMIT_BYTES,
        schema: {
          tags: ['organizations'],
          summary:
            'Import a file (CSV UTF-8/GB18030, XLSX, JSON, Parquet) sent as the body: preview (nothing written, every invalid row listed) or commit',
          querystring: {
            type: 'object',
            additionalProperties: false,
            required: ['kind', 'file'],
            properties: {
              kind: {
                type: 'string',
                enum: ['organizations', 'links', 'clusters', 'indicators', 'region-statistics'],
              },
              file: {
                type: 'string',
                minLength: 1,
                maxLength: 255,
                description: 'the file’s name',
              },
              mode: { type: 'string', enum: ['preview', 'commit'], default: 'preview' },
              skipInvalid: { type: 'boolean', default: false },
              map: { type: 'string', maxLength: 4000, description: 'JSON object field → header' },
              encoding: {
                type: 'string',
                enum: [...TEXT_ENCODINGS],
                description:
                  'CSV/JSON text encoding (default: detected; Big5 and UTF-16 are said so)',
              },
              acceptGarbled: {
                type: 'boolean',
                default: false,
                description: 'take text that looks mis-decoded as written',
              },
              year: {
                type: 'integer',
                minimum: 1900,
                maximum: 2100,
                description: 'the year the data describe (default: the year column, else unknown)',
              },
              queuedAsNew: {
                type: 'boolean',
                default: false,
                description:
                  'organisations: write rows whose atlas candidate is uncertain as new, instead of holding them for review',
              },
              reviewed: {
                type: 'string',
                maxLength: 100000,
                description:
                  "organisations: a person's decisions on held rows, a JSON object of row → 'new' or the id of the organisation it is",
              },
            },
          },
          response: {
            200: open,
            413: { $ref: 'Error#' },
            415: { $ref: 'Error#' },
            422: { $ref: 'Error#' },
            ...errorResponses,
          },
        },
      },
      async (req) => {
        if (!Buffer.isBuffer(req.body))
          throw new AtlasError('ATLAS_E_FILE_EMPTY', 'send the file as the request body', {
            file: req.query.file,
          });
        return importUpload(db, req.body, req.query.mode ?? 'preview', {
          fileName: req.query.file,
          kind: req.query.kind,
          map: parseMap(req.query.map),
          skipInvalid: req.query.skipInvalid,
          encoding: req.query.encoding,
          acceptGarbled: req.query.acceptGarbled,
          year: req.query.year,
          queuedAsNew: req.query.queuedAsNew,
          reviewed: parseReviewed(req.query.reviewed),
          by: req.viewer.user ?? req.viewer.role,
        });
      },
    );
  });

  app.get<{ Querystring: { page?: number; pageSize?: number } }>(
    '/api/imports',
    {
      config: { access: 'analyst' },
      schema: {
        tags: ['organizations'],
        summary: 'The imports made, newest first',
        querystring: wire(ImportHistoryQuery, 'input'),
        response: {
          200: wire(ImportHistory),
          403: { $ref: 'Error#' },
          ...errorResponses,
        },
      },
    },
    async (req) => {
      return listImports(db, req.query.page ?? 1, req.query.pageSize ?? 50);
    },
  );
}
