import type { FastifyInstance } from 'fastify';
import { ComplexityYears, ComplexityYearsQuery } from '../../contract/complexity-years.ts';
import { complexityYears } from '../../services/complexity/complexity-years.ts';
import type { Duck } from '../../store/duck.ts';
import { wire } from '../contract-schema.ts';
import { errorResponses } from '../schemas.ts';

/**
 * Economic complexity by year (src/contract/complexity-years.ts): a
 * region's ECI and rank, an industry's PCI and rank, for every year the
 * source holds, on a base year's scale. ECI and PCI are confidential
 * aggregates of firms' measures (the marked fields): withheld per year where
 * the disclosure rule says so.
 */
export function complexityYearsRoutes(app: FastifyInstance, db: Duck): void {
  app.get<{ Querystring: ComplexityYearsQuery }>(
    '/api/complexity/years',
    {
      schema: {
        tags: ['reference'],
        summary:
          'A region’s ECI and rank (region) and an industry’s PCI and rank (industry) for each year with data (years=A-B), on the base year’s scale (baseYear, default the first), with changes since the previous and the base year; neither: every region and industry',
        querystring: wire(ComplexityYearsQuery, 'input'),
        response: { 200: wire(ComplexityYears), ...errorResponses },
      },
    },
    async (req) => complexityYears(db, req.query),
  );
}
