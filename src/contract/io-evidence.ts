/**
 * What China's national input-output tables say about a chain template's
 * edges, on the wire (GET /api/chains/:id/io-evidence): the table read, and
 * per edge the largest input coefficient between the two nodes' sectors,
 * its year and whether it supports the edge (docs/architecture.md, "The
 * contract rule"). The sector and table references are shared with the
 * gaps and targets that quote the same evidence.
 */
import { z } from 'zod';

const NodeId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a node id');

/** A sector of an IO table. */
export const IoSector = z.strictObject({
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
});
export type IoSector = z.infer<typeof IoSector>;

/** The IO table an answer was read from. */
export const IoTable = z.strictObject({
  id: z.string(),
  year: z.number().int(),
  sectors: z.number().int(),
  classification: z.string(),
  imports: z.enum(['competitive', 'non-competitive']),
  unit: z.literal('万元').describe('万元 (10,000 yuan)'),
  source: z.string(),
});

export const IoEdgeStatus = z.enum(['supported', 'weak', 'none', 'unmapped']);

/** The table year and sector count a caller may pick (default: the latest, most detailed). */
export const IoTableQuery = {
  year: z.number().int().min(1900).max(2100).optional().describe('default: the latest (2020)'),
  sectors: z
    .literal([153, 149, 139, 135, 122, 42, 41])
    .optional()
    .describe('sector count (default: the most detailed table of the year; 42 finds 2010’s 41)'),
};

export const IoEvidenceParams = z.strictObject({ id: NodeId });

/** GET /api/chains/:id/io-evidence's query. */
export const IoEvidenceQuery = z.strictObject({
  ...IoTableQuery,
  min: z.number().min(0).max(1).optional().describe('supported from (0.01)'),
});
export type IoEvidenceQuery = z.output<typeof IoEvidenceQuery>;

/** One template edge as the table sees it. */
export const IoEdgeEvidence = z.strictObject({
  from: z.string(),
  to: z.string(),
  status: IoEdgeStatus,
  review: z.boolean(),
  year: z.number().int(),
  table: z.string(),
  supplier: IoSector.nullable(),
  buyer: IoSector.nullable(),
  coefficient: z
    .number()
    .nullable()
    .describe(
      "a_ij: the buyer sector's direct purchases from the supplier sector per unit of its output",
    ),
  flow: z.number().nullable().describe('万元'),
  sameSector: z.boolean(),
  fromSectors: z.array(IoSector),
  toSectors: z.array(IoSector),
  unmappedNodes: z.array(z.string()).describe('the node(s) without a sector, for unmapped edges'),
  reason: z.string(),
});

export const ChainIoEvidence = z.strictObject({
  chain: z.string(),
  version: z.string(),
  table: IoTable,
  minCoefficient: z.number(),
  summary: z.strictObject({
    supported: z.number(),
    weak: z.number(),
    none: z.number(),
    unmapped: z.number(),
  }),
  edges: z.array(IoEdgeEvidence),
});
export type ChainIoEvidence = z.infer<typeof ChainIoEvidence>;
export type IoEdgeEvidence = z.infer<typeof IoEdgeEvidence>;
