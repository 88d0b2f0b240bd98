import type { FastifyInstance } from 'fastify';
import { getChainTemplate } from '../../services/chain/templates.ts';
import { ioBuyers } from '../../services/io/buyers.ts';
import { chainIoEvidence } from '../../services/io/chain-evidence.ts';
import { ioLinkages } from '../../services/io/linkages.ts';
import { listIoTables } from '../../services/io/list-tables.ts';
import { ioSuppliers } from '../../services/io/suppliers.ts';
import type { Duck } from '../../store/duck.ts';
import { errorResponses } from '../schemas.ts';
import { wire } from '../contract-schema.ts';
import { ChainIoEvidence, IoEvidenceParams, IoEvidenceQuery } from '../../contract/io-evidence.ts';
import { IoBuyers, IoLinkages, IoSuppliers, IoTables } from '../../contract/io.ts';

/**
 * China's national input-output tables (NBS 2002-2020, data/io/README.md):
 * the tables, a sector's suppliers and buyers, linkages, and the IO evidence
 * of a chain template's edges. Every answer's shape is src/contract (io.ts,
 * io-evidence.ts).
 */

const tableQuery = {
  year: {
    type: 'integer',
    minimum: 1900,
    maximum: 2100,
    description: 'default: the latest (2020)',
  },
  sectors: {
    type: 'integer',
    enum: [153, 149, 139, 135, 122, 42, 41],
    description: 'sector count (default: the most detailed table of the year; 42 finds 2010’s 41)',
  },
} as const;
const sectorQuery = {
  type: 'object',
  additionalProperties: false,
  required: ['sector'],
  properties: {
    sector: {
      type: 'string',
      minLength: 1,
      maxLength: 100,
      description: 'a sector code (079) or (part of) its Chinese name (汽车整车)',
    },
    ...tableQuery,
    limit: { type: 'integer', minimum: 0, maximum: 200, description: 'rows (20; 0 for all)' },
    min: {
      type: 'number',
      minimum: 0,
      maximum: 1,
      description: 'leave out coefficients below this',
    },
  },
} as const;

interface TableQuery {
  year?: number;
  sectors?: number;
}
interface SectorQuery extends TableQuery {
  sector: string;
  limit?: number;
  min?: number;
}

/** GET /api/io/tables: the tables shipped. */
function registerTables(app: FastifyInstance): void {
  app.get(
    '/api/io/tables',
    {
      schema: {
        tags: ['io'],
        summary: "China's national input-output tables shipped (NBS 2002-2020, 万元)",
        response: { 200: wire(IoTables), ...errorResponses },
      },
    },
    async (): Promise<IoTables> => listIoTables(),
  );
}

/** GET /api/io/suppliers and /api/io/buyers: a sector's direct suppliers and buyers. */
function registerSectorFlows(app: FastifyInstance): void {
  app.get<{ Querystring: SectorQuery }>(
    '/api/io/suppliers',
    {
      schema: {
        tags: ['io'],
        summary: "A sector's direct suppliers: input coefficients a_ij = z_ij / x_j, largest first",
        querystring: sectorQuery,
        response: { 200: wire(IoSuppliers), ...errorResponses },
      },
    },
    async (req): Promise<IoSuppliers> =>
      ioSuppliers({
        sector: req.query.sector,
        year: req.query.year,
        sectors: req.query.sectors,
        limit: req.query.limit,
        minCoefficient: req.query.min,
      }),
  );

  app.get<{ Querystring: SectorQuery }>(
    '/api/io/buyers',
    {
      schema: {
        tags: ['io'],
        summary: "A sector's direct buyers: shares of its output b_ij = z_ij / x_i, largest first",
        querystring: sectorQuery,
        response: { 200: wire(IoBuyers), ...errorResponses },
      },
    },
    async (req): Promise<IoBuyers> =>
      ioBuyers({
        sector: req.query.sector,
        year: req.query.year,
        sectors: req.query.sectors,
        limit: req.query.limit,
        minCoefficient: req.query.min,
      }),
  );
}

/** GET /api/io/linkages and a chain template's IO evidence. */
function registerLinkages(app: FastifyInstance, db: Duck): void {
  app.get<{ Querystring: TableQuery }>(
    '/api/io/linkages',
    {
      schema: {
        tags: ['io'],
        summary:
          'Backward (column sums of the Leontief inverse) and forward (row sums of the Ghosh inverse) linkages over their mean',
        querystring: { type: 'object', additionalProperties: false, properties: tableQuery },
        response: { 200: wire(IoLinkages), ...errorResponses },
      },
    },
    async (req): Promise<IoLinkages> => ioLinkages(req.query),
  );

  app.get<{ Params: { id: string }; Querystring: IoEvidenceQuery }>(
    '/api/chains/:id/io-evidence',
    {
      schema: {
        tags: ['chains', 'io'],
        summary:
          "IO evidence of a chain template's edges: the largest input coefficient between the nodes' sectors and its year; edges without support flagged for review",
        params: wire(IoEvidenceParams, 'input'),
        querystring: wire(IoEvidenceQuery, 'input'),
        response: { 200: wire(ChainIoEvidence), ...errorResponses },
      },
    },
    async (req) =>
      chainIoEvidence(await getChainTemplate(req.params.id, db), {
        year: req.query.year,
        sectors: req.query.sectors,
        minCoefficient: req.query.min,
      }),
  );
}

/** The input-output routes; every shape is src/contract (io.ts, io-evidence.ts). */
export function ioRoutes(app: FastifyInstance, db: Duck): void {
  registerTables(app);
  registerSectorFlows(app);
  registerLinkages(app, db);
}
