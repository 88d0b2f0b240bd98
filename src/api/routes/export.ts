import type { FastifyInstance } from 'fastify';
import { errorResponses } from '../schemas.ts';

/** Any JSON value here: Fastify's type coercion would turn "3511" into 3511; tableXlsx checks each cell. */
const cell = { description: 'a string, number, boolean or null' } as const;

/**
 * Turns a table the browser already holds (a chart's data) into an .xlsx
 * file. It writes nothing and reads nothing from the store; still, building
 * files on the server is for signed-in accounts (member and above), like any
 * POST — visitors take the CSV, which the browser writes itself.
 */
export function exportRoutes(app: FastifyInstance): void {
  // The body stays bytes on the event loop: a worker parses and checks it
  // (services/export/parse-export-table.ts, the schema below as rules), so a
  // 300,000-row table costs the main thread no parse, validation or copy.
  void app.register(async (scope) => {
    scope.removeContentTypeParser('application/json');
    scope.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_req, body, done) =>
      done(null, body),
    );
    xlsxRoute(scope);
  });
}

function xlsxRoute(app: FastifyInstance): void {
  app.post<{ Body: Buffer }>(
    '/api/export/xlsx',
    {
      config: { access: 'member' },
      bodyLimit: 32 * 1024 * 1024,
      // Documented, checked in the worker: the body here is its bytes.
      validatorCompiler: () => () => true,
      schema: {
        tags: ['reference'],
        summary:
          'A table as an Excel workbook (header bold and frozen, numbers unrounded, text never a formula)',
        body: {
          type: 'object',
          required: ['sheet', 'columns', 'rows'],
          additionalProperties: false,
          properties: {
            sheet: { type: 'string', maxLength: 100 },
            columns: { type: 'array', minItems: 1, maxItems: 500, items: { type: 'string' } },
            rows: { type: 'array', items: { type: 'array', items: cell } },
            note: { type: 'string', maxLength: 2000 },
          },
        },
        response: {
          200: {
            description: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            type: 'string',
            format: 'binary',
          },
          ...errorResponses,
        },
      },
    },
    async (req, reply) =>
      reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', 'attachment; filename="table.xlsx"')
        // A worker thread builds the workbook: the event loop keeps answering meanwhile.
        .send(await app.workers.run('table-xlsx-json', req.body)),
  );
}
