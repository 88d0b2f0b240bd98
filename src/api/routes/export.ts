import type { FastifyInstance } from 'fastify';
import type { ExportTable } from '../../services/export/table-xlsx.ts';
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
  app.post<{ Body: ExportTable }>(
    '/api/export/xlsx',
    {
      config: { access: 'member' },
      bodyLimit: 32 * 1024 * 1024,
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
        .send(await app.workers.run('table-xlsx', req.body)),
  );
}
