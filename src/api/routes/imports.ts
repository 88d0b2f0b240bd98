import type { FastifyInstance } from 'fastify';
import { AtlasError } from '../../core/errors.ts';
import { importUpload } from '../../services/import/import-upload.ts';
import type { Duck } from '../../store/duck.ts';
import { listImports } from '../../services/import/list-imports.ts';
import {
  ImportHistory,
  ImportHistoryQuery,
  ImportUploadQuery,
  ImportUploadReport,
} from '../../contract/imports.ts';
import { uploadReport } from '../../services/upload-report.ts';
import { wire } from '../contract-schema.ts';
import { errorResponses } from '../schemas.ts';

export const UPLOAD_LIMIT_BYTES = 50 * 1024 * 1024;

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

/**
 * POST /api/imports: the file's bytes as the body (any content type), its
 * name and kind in the query. `mode=preview` writes nothing and lists
 * row-level errors; `mode=commit` writes in one transaction.
 */
async function registerUpload(app: FastifyInstance, db: Duck): Promise<void> {
  await app.register(async (scope) => {
    // Raw bytes for every content type in this scope only (the rest of the API takes JSON).
    scope.addContentTypeParser(
      '*',
      { parseAs: 'buffer', bodyLimit: UPLOAD_LIMIT_BYTES },
      (_req, body, done) => done(null, body),
    );
    scope.post<{ Querystring: ImportUploadQuery; Body: Buffer }>(
      '/api/imports',
      {
        bodyLimit: UPLOAD_LIMIT_BYTES,
        schema: {
          tags: ['organizations'],
          summary:
            'Import a file (CSV UTF-8/GB18030, XLSX, JSON, Parquet) sent as the body: preview (nothing written, every invalid row listed) or commit',
          querystring: wire(ImportUploadQuery, 'input'),
          response: {
            200: wire(ImportUploadReport),
            413: { $ref: 'Error#' },
            415: { $ref: 'Error#' },
            422: { $ref: 'Error#' },
            ...errorResponses,
          },
        },
      },
      async (req): Promise<ImportUploadReport> => {
        if (!Buffer.isBuffer(req.body))
          throw new AtlasError('ATLAS_E_FILE_EMPTY', 'send the file as the request body', {
            file: req.query.file,
          });
        const report = await importUpload(db, req.body, req.query.mode ?? 'preview', {
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
        return uploadReport(report);
      },
    );
  });
}

/** GET /api/imports: the imports made, newest first. */
function registerHistory(app: FastifyInstance, db: Duck): void {
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

/**
 * Imports over HTTP (the web's import wizard) and the list of imports made;
 * every shape is src/contract/imports.ts.
 */
export async function importRoutes(app: FastifyInstance, db: Duck): Promise<void> {
  await registerUpload(app, db);
  registerHistory(app, db);
}
