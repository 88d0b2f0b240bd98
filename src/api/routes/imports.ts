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
import { ImportProgress, ImportProgressParams } from '../../contract/import-progress.ts';
import { ImportProgressBoard } from '../../services/import/import-progress-board.ts';
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
async function registerUpload(
  app: FastifyInstance,
  db: Duck,
  board: ImportProgressBoard,
): Promise<void> {
  // The upload this request tracks: from its arrival (before its bytes) to its answer.
  const tracked = new WeakMap<object, string>();
  await app.register(async (scope) => {
    // Raw bytes for every content type in this scope only (the rest of the API takes JSON).
    const untrack = (req: object) => {
      const token = tracked.get(req);
      if (token !== undefined) board.finish(token);
      tracked.delete(req);
    };
    scope.addContentTypeParser(
      '*',
      { parseAs: 'buffer', bodyLimit: UPLOAD_LIMIT_BYTES },
      (_req, body, done) => done(null, body),
    );
    scope.post<{ Querystring: ImportUploadQuery; Body: Buffer }>(
      '/api/imports',
      {
        bodyLimit: UPLOAD_LIMIT_BYTES,
        // Tracked before the body arrives, so a poll during a long upload finds it.
        onRequest: async (req) => {
          const token = (req.query as Record<string, unknown>).progress;
          if (typeof token === 'string' && req.session && board.start(token, req.session.token))
            tracked.set(req, token);
        },
        // Before the answer leaves (errors too): a poll after it is answered finds nothing.
        onSend: async (req, _reply, payload) => {
          untrack(req);
          return payload;
        },
        onResponse: async (req) => untrack(req),
        onRequestAbort: async (req) => untrack(req),
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
          onProgress: tracked.has(req) ? board.reporter(tracked.get(req)!) : undefined,
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
 * GET /api/imports/progress/:token: how far a running upload is, for the
 * session that sent it (another session is refused; an unknown or finished
 * upload is not found). Never cached: every poll is a new answer.
 */
function registerProgress(app: FastifyInstance, board: ImportProgressBoard): void {
  app.get<{ Params: ImportProgressParams }>(
    '/api/imports/progress/:token',
    {
      schema: {
        tags: ['organizations'],
        summary:
          'How far a running upload is (rows read, checked, written; rate; time left), for the session that sent it',
        params: wire(ImportProgressParams, 'input'),
        response: {
          200: wire(ImportProgress),
          403: { $ref: 'Error#' },
          ...errorResponses,
        },
      },
    },
    async (req, reply): Promise<ImportProgress> => {
      void reply.header('cache-control', 'no-store');
      return board.read(req.params.token, req.session?.token ?? null);
    },
  );
}

/**
 * Imports over HTTP (the web's import wizard) and the list of imports made;
 * every shape is src/contract/imports.ts.
 */
export async function importRoutes(app: FastifyInstance, db: Duck): Promise<void> {
  const board = new ImportProgressBoard();
  await registerUpload(app, db, board);
  registerHistory(app, db);
  registerProgress(app, board);
}
