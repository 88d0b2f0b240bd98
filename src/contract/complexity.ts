/**
 * Economic complexity over the atlas's own region × industry matrix on the
 * wire (GET /api/complexity/regions, /industries, /space, /opportunities):
 * ECI and COI by region, PCI by industry (Stata ecomplexity conventions), the
 * industry space (Hidalgo, Klinger, Barabási and Hausmann, "The Product Space
 * Conditions the Development of Nations", Science, 2007) and a region's
 * growth opportunities (docs/architecture.md, "The contract rule"). Every
 * figure computed from firms' measures is a confidential aggregate.
 */
import { z } from 'zod';
import { AnswerWarning } from './answer-warning.ts';
import { confidentialAggregate } from './confidential-aggregate.ts';
import { MatrixInfo, MatrixQuery } from './metrics.ts';

const whole = z.number().int();
const fig = (description?: string) => confidentialAggregate(z.number(), description);
const count = (description: string) => confidentialAggregate(z.number().int(), description);
const name = z.string().nullable();
const regionCode = z.string().regex(/^\d{6}$/);
const format = z.enum(['json', 'csv']).default('json');

/** The tables' query: the matrix, the specialisation threshold, JSON or CSV. */
export const ComplexityTableQuery = MatrixQuery.extend({
  threshold: z.number().positive().default(1).describe('M = RCA ≥ threshold'),
  format,
});
export type ComplexityTableQuery = z.input<typeof ComplexityTableQuery>;

/** GET /api/complexity/space's query: the tables' and a region, the strong-link cut, the cap. */
export const IndustrySpaceQuery = ComplexityTableQuery.extend({
  region: regionCode.optional(),
  strong: z.number().min(0).max(1).default(0.55),
  maxExtra: whole.min(0).max(5000).optional(),
});
export type IndustrySpaceQuery = z.input<typeof IndustrySpaceQuery>;

const table = <T extends z.ZodRawShape>(row: T) =>
  z.strictObject({
    columns: z.array(z.string()),
    rows: z.array(z.strictObject(row)),
    matrix: MatrixInfo,
    warnings: z.array(AnswerWarning),
  });

/** Every region with its ECI, COI and diversity, most complex first. */
export const ComplexityRegions = table({
  region: z.string(),
  nameZh: name,
  nameEn: name,
  eci: fig('economic complexity index (mean 0, sd 1)'),
  coi: fig('complexity outlook index, standardised likewise'),
  diversity: count('industries with RCA ≥ threshold'),
});
export type ComplexityRegions = z.infer<typeof ComplexityRegions>;
export type RegionComplexity = ComplexityRegions['rows'][number];

/** Every industry with its PCI (on ECI's scale) and ubiquity. */
export const ComplexityIndustries = table({
  industry: z.string(),
  nameZh: name,
  nameEn: name,
  pci: fig('product complexity index, on ECI’s scale'),
  ubiquity: count('regions with RCA ≥ threshold'),
});
export type ComplexityIndustries = z.infer<typeof ComplexityIndustries>;
export type IndustryComplexity = ComplexityIndustries['rows'][number];

/** An industry of the space; with a region, that region's RCA, M and density in it. */
export const SpaceNode = z.strictObject({
  industry: z.string(),
  nameZh: name,
  nameEn: name,
  pci: fig(),
  ubiquity: count('regions with RCA ≥ threshold'),
  rca: fig('the region’s RCA').optional(),
  mcp: count('the region’s M: 1 when RCA ≥ threshold').optional(),
  density: fig('the region’s density').optional(),
});
export type SpaceNode = z.infer<typeof SpaceNode>;

/** A link of the space: on the maximum spanning tree (backbone) or a strong link added. */
export const SpaceEdge = z.strictObject({
  source: z.string(),
  target: z.string(),
  proximity: fig('φ, the minimum of the two conditional probabilities'),
  backbone: z.boolean(),
});
export type SpaceEdge = z.infer<typeof SpaceEdge>;

export const IndustrySpace = z.strictObject({
  nodes: z.array(SpaceNode),
  edges: z.array(SpaceEdge),
  region: z.string().nullable(),
  strong: z.number().describe('links outside the tree are drawn when proximity ≥ strong'),
  extraOmitted: whole.describe('strong links left out by the cap'),
  components: whole.describe('trees in the backbone: more than 1 when groups share no region'),
  matrix: MatrixInfo,
  warnings: z.array(AnswerWarning),
});
export type IndustrySpace = z.infer<typeof IndustrySpace>;

/** GET /api/complexity/opportunities's query. */
export const OpportunitiesQuery = z.strictObject({
  region: regionCode,
  measure: z
    .enum(['employees', 'revenue', 'output', 'count'])
    .optional()
    .describe('default: employees where any organisation has them, else count'),
  regionLevel: z.enum(['province', 'prefecture']).default('prefecture'),
  industryLevel: z.literal([1, 2, 3, 4]).default(2),
  value: z.enum(['cog', 'pci']).default('cog'),
  differentiated: z.boolean().default(false),
  limit: whole.min(1).max(500).default(20),
  format,
});
export type OpportunitiesQuery = z.input<typeof OpportunitiesQuery>;

export const PSWOT_CLASSES = [
  'strength',
  'weakness',
  'opportunity',
  'threat',
  'possible_entrant',
  'absent',
] as const;
export type PswotClass = (typeof PSWOT_CLASSES)[number];

/** An industry's position for the region. */
export const IndustryPosition = z.strictObject({
  industry: z.string(),
  class: z.enum(PSWOT_CLASSES),
  rca: fig(),
  mcp: confidentialAggregate(z.number().int()),
  density: fig(),
  peerDensity: fig(),
  pci: fig(),
  cog: fig(),
  score: fig().optional(),
  neighboursStrong: whole.describe('neighbours specialised (M = 1) in it'),
});
export type IndustryPosition = z.infer<typeof IndustryPosition>;

export const Opportunities = z.strictObject({
  region: z.string(),
  eci: fig(),
  opportunities: z.array(IndustryPosition).describe('candidates (M = 0), best first'),
  positions: z.array(IndustryPosition).describe('every industry with its class'),
  excluded: z.array(z.string()).describe('left out: the neighbours are strong in them'),
  neighbours: z.array(z.string()),
  neighbourRule: z.string(),
  industryNames: z.array(
    z.strictObject({ code: z.string(), nameZh: z.string(), nameEn: z.string().nullable() }),
  ),
  verified: z.boolean(),
  note: z.string(),
  warnings: z.array(AnswerWarning),
});
export type Opportunities = z.infer<typeof Opportunities>;
