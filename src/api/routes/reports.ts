import type { AddressInfo } from 'node:net';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { AtlasError } from '../../core/errors.ts';
import { ClusterReportParams, RegionReportParams, ReportQuery } from '../../contract/reports.ts';
import { checkReportTarget } from '../../services/report/check-report-target.ts';
import { printReport, type ReportTarget } from '../../services/report/print-report.ts';
import type { Duck } from '../../store/duck.ts';
import { SESSION_COOKIE } from '../access.ts';
import { readCookies } from '../cookies.ts';
import { errorResponses } from '../schemas.ts';
import { wire } from '../contract-schema.ts';

type PdfQuery = z.output<typeof ReportQuery>;

const pdfSchema = (summary: string, params: z.ZodType) => ({
  tags: ['reports'],
  summary,
  params: wire(params, 'input'),
  querystring: wire(ReportQuery, 'input'),
  response: {
    200: { description: 'application/pdf', type: 'string', format: 'binary' },
    ...errorResponses,
  },
});

/** The address the atlas listens on, as the headless browser on this machine reaches it. */
function selfUrl(app: FastifyInstance): string {
  const a = app.server.address() as AddressInfo | string | null;
  if (!a || typeof a === 'string')
    throw new AtlasError('ATLAS_E_REPORT_PRINT', 'the server is not listening on a TCP port', {});
  const host =
    a.address === '0.0.0.0'
      ? '127.0.0.1'
      : a.address === '::'
        ? '[::1]'
        : a.family === 'IPv6'
          ? `[${a.address}]`
          : a.address;
  return `http://${host}:${a.port}/`;
}

/**
 * Reports as PDF (the request's shapes: src/contract/reports.ts), printed by headless Chromium from the web app's own report
 * page with the asker's session, so the PDF holds exactly what they may see.
 * Signed-in accounts only (member and above): a browser per request is not
 * for anonymous visitors, who print the page themselves (Ctrl+P).
 */
export function reportRoutes(app: FastifyInstance, db: Duck): void {
  const send = async (
    req: FastifyRequest<{ Querystring: PdfQuery }>,
    reply: FastifyReply,
    target: ReportTarget,
    file: string,
  ) => {
    await checkReportTarget(db, target);
    const session = readCookies(req)[SESSION_COOKIE];
    const pdf = await printReport({
      baseUrl: selfUrl(app),
      target,
      lang: req.query.lang,
      session: session ? { name: SESSION_COOKIE, value: session } : undefined,
    });
    return reply
      .type('application/pdf')
      .header('content-disposition', `attachment; filename="${file}.pdf"`)
      .send(pdf);
  };

  app.get<{ Params: { id: string }; Querystring: PdfQuery }>(
    '/api/reports/cluster/:id/pdf',
    {
      config: { access: 'member' },
      schema: pdfSchema(
        'A cluster report as PDF (A4, printed by Chromium from the report page)',
        ClusterReportParams,
      ),
    },
    (req, reply) =>
      send(
        req,
        reply,
        { kind: 'cluster', id: req.params.id },
        `report-${req.params.id.replace(/[^\w-]/g, '_')}`,
      ),
  );

  app.get<{ Params: { code: string }; Querystring: PdfQuery }>(
    '/api/reports/region/:code/pdf',
    {
      config: { access: 'member' },
      schema: pdfSchema(
        'A region report as PDF (A4, printed by Chromium from the report page)',
        RegionReportParams,
      ),
    },
    (req, reply) =>
      send(
        req,
        reply,
        { kind: 'region', code: req.params.code },
        `report-region-${req.params.code}`,
      ),
  );
}
