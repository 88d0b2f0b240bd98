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

/**
 * China's national input-output tables (NBS 2002-2020, data/io/README.md):
 * the tables, a sector's suppliers and buyers, linkages, and the IO evidence
 * of a chain template's edges.
 */

const num = { type: 'number' } as const;
const str = { type: 'string' } as const;
const sectorProps = { code: str, nameZh: str, nameEn: str } as const;
const tableProps = {
  id: str,
  year: { type: 'integer' },
  sectors: { type: 'integer' },
  classification: str,
  imports: { type: 'string', enum: ['competitive', 'non-competitive'] },
  unit: { type: 'string', description: '万元 (10,000 yuan)' },
  source: str,
} as const;
const table = {
  type: 'object',
  required: Object.keys(tableProps),
  properties: tableProps,
} as const;

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

export function ioRoutes(app: FastifyInstance, db: Duck): void {
  app.get(
    '/api/io/tables',
    {
      schema: {
        tags: ['io'],
        summary: "China's national input-output tables shipped (NBS 2002-2020, 万元)",
        response: {
          200: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                ...tableProps,
                totalOutput: num,
                valueAdded: num,
                concordance: { type: 'boolean' },
              },
            },
          },
          ...errorResponses,
        },
      },
    },
    async () => listIoTables(),
  );

  app.get<{ Querystring: SectorQuery }>(
    '/api/io/suppliers',
    {
      schema: {
        tags: ['io'],
        summary: "A sector's direct suppliers: input coefficients a_ij = z_ij / x_j, largest first",
        querystring: sectorQuery,
        response: {
          200: {
            type: 'object',
            required: ['table', 'sector', 'suppliers', 'conventions'],
            properties: {
              table,
              sector: { type: 'object', properties: { ...sectorProps, totalInput: num } },
              suppliers: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    rank: { type: 'integer' },
                    ...sectorProps,
                    coefficient: num,
                    flow: { ...num, description: 'z_ij, 万元' },
                    total: { ...num, description: 'Leontief inverse l_ij' },
                    self: { type: 'boolean' },
                  },
                },
              },
              conventions: str,
            },
          },
          ...errorResponses,
        },
      },
    },
    async (req) =>
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
        response: {
          200: {
            type: 'object',
            required: ['table', 'sector', 'buyers', 'conventions'],
            properties: {
              table,
              sector: {
                type: 'object',
                properties: { ...sectorProps, totalOutput: num, intermediateShare: num },
              },
              buyers: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    rank: { type: 'integer' },
                    ...sectorProps,
                    share: num,
                    coefficient: num,
                    flow: num,
                    self: { type: 'boolean' },
                  },
                },
              },
              conventions: str,
            },
          },
          ...errorResponses,
        },
      },
    },
    async (req) =>
      ioBuyers({
        sector: req.query.sector,
        year: req.query.year,
        sectors: req.query.sectors,
        limit: req.query.limit,
        minCoefficient: req.query.min,
      }),
  );

  app.get<{ Querystring: TableQuery }>(
    '/api/io/linkages',
    {
      schema: {
        tags: ['io'],
        summary:
          'Backward (column sums of the Leontief inverse) and forward (row sums of the Ghosh inverse) linkages over their mean',
        querystring: { type: 'object', additionalProperties: false, properties: tableQuery },
        response: {
          200: {
            type: 'object',
            required: ['table', 'sectors', 'conventions'],
            properties: {
              table,
              sectors: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    ...sectorProps,
                    backward: num,
                    forward: num,
                    forwardLeontief: num,
                    kind: { type: 'string', enum: ['key', 'backward', 'forward', 'weak'] },
                  },
                },
              },
              conventions: str,
            },
          },
          ...errorResponses,
        },
      },
    },
    async (req) => ioLinkages(req.query),
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
