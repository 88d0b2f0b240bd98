import { z } from 'zod';

/**
 * An industry-chain template (产业链模板): the nodes of a chain from upstream
 * to downstream, the "four bases" (四基) each node belongs to, choke points
 * (卡脖子) and what feeds what. Templates are data (data/chains/*.json) so
 * that users can edit and version them, and so that one template keeps its
 * meaning across regions: panoramas of two regions on the same template and
 * version compare node by node.
 *
 * Structural rules the schema cannot express (unique ids, a parent tree
 * without cycles, edges and sources that exist, GB/T 4754 codes that exist)
 * are checked by analytics/chain/validate-template.ts.
 */

export const ChainStage = z.enum(['upstream', 'midstream', 'downstream', 'support']);
export type ChainStage = z.infer<typeof ChainStage>;

/**
 * The "four bases" of MIIT's industrial-foundation programme, as listed by
 * 干勇 等 (2022) 先进制造业集群现代科技支撑体系建设研究, 中国工程科学 24(2):
 * 核心基础零部件/元器件, 关键基础材料, 基础检测检验设备, 先进基础制造工艺和装备.
 */
export const FourBases = z.enum([
  'core_components',
  'key_materials',
  'testing_equipment',
  'basic_processes',
  'none',
]);
export type FourBases = z.infer<typeof FourBases>;

/** A source a template cites; nodes and edges refer to it by id. */
export const ChainSource = z.object({
  id: z.string().min(1),
  /** e.g. "seed 004: 先进制造业集群现代科技支撑体系建设研究 (2022)" or "general industry knowledge, unverified". */
  citation: z.string().min(1),
  /** Path of the cited file relative to the shared folder, e.g. "seeds/004_….txt". */
  file: z.string().optional(),
  url: z.string().optional(),
  verified: z.boolean(),
});
export type ChainSource = z.infer<typeof ChainSource>;

/** Why a node is a choke point, and who says so. */
export const CriticalFlag = z.object({
  /** In English; `reasonZh` says it in Chinese (a template may give only one). */
  reason: z.string().min(1),
  reasonZh: z.string().min(1).optional(),
  source: z.string().min(1),
  verified: z.boolean(),
  /** The source's own words, when it is a text we hold. */
  quote: z.string().optional(),
});
export type CriticalFlag = z.infer<typeof CriticalFlag>;

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and hyphens');

export const ChainNode = z.object({
  id,
  nameZh: z.string().min(1),
  nameEn: z.string().min(1),
  stage: ChainStage,
  /** The node this one refines (液压件 → 多路阀); absent for a top-level node. */
  parent: id.optional(),
  fourBases: FourBases.default('none'),
  critical: CriticalFlag.optional(),
  /** GB/T 4754-2017 codes (division, group or class) whose firms belong here; prefix match. */
  industries: z
    .array(z.string().regex(/^\d{2,4}$/, 'a GB/T 4754-2017 code of 2-4 digits'))
    .default([]),
  /** Chinese product words that place a firm here, matched as substrings (no word segmentation). */
  keywords: z.array(z.string().min(1)).default([]),
  /** Typical products in English (the Chinese ones are the keywords). */
  productsEn: z.array(z.string().min(1)).optional(),
  /** A source id of the template. */
  source: z.string().min(1),
  quote: z.string().optional(),
  verified: z.boolean(),
  note: z.string().optional(),
});
export type ChainNode = z.infer<typeof ChainNode>;

/**
 * The input-output link behind an edge, as computed from a national table
 * (scripts/build-chains/io-evidence.ts) when the template was built: the buyer
 * sector's direct purchases from the supplier sector per unit of its output,
 * and the share of the supplier's output that the buyer takes.
 */
export const ChainEdgeIo = z.object({
  /** IO table id, e.g. `2020-153`. */
  table: z.string().min(1),
  year: z.number().int(),
  /** `code nameZh` of the supplier and buyer sectors. */
  supplier: z.string().min(1),
  buyer: z.string().min(1),
  /** a_ij, yuan per yuan of the buyer's output. */
  coefficient: z.number().min(0),
  /** z_ij / (x_i + m_i): the share of the supply of the supplier's products (output plus imports) that the buyer sector uses. */
  outputShare: z.number().min(0).max(1).optional(),
  /** Which share (≥ 0.01) supports the edge: a_ij (input) or that share (output); none when neither. */
  basis: z.enum(['input', 'output', 'none']).optional(),
  /** Both ends fall in one sector: the table sees only the sector's purchases from itself. */
  sameSector: z.boolean(),
});
export type ChainEdgeIo = z.infer<typeof ChainEdgeIo>;

/** `from` feeds `to`: its products are inputs of `to`. */
export const ChainEdge = z.object({
  from: id,
  to: id,
  source: z.string().min(1),
  quote: z.string().optional(),
  verified: z.boolean(),
  io: ChainEdgeIo.optional(),
  note: z.string().optional(),
});
export type ChainEdge = z.infer<typeof ChainEdge>;

export const ChainTemplate = z.object({
  id,
  nameZh: z.string().min(1),
  nameEn: z.string().min(1),
  /** Semantic version; a panorama records the version it was computed on. */
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'a version like 1.0.0'),
  /** In English; `descriptionZh` in Chinese. */
  description: z.string().optional(),
  descriptionZh: z.string().optional(),
  sources: z.array(ChainSource).min(1),
  nodes: z.array(ChainNode).min(1),
  edges: z.array(ChainEdge).default([]),
});
export type ChainTemplate = z.infer<typeof ChainTemplate>;
export type ChainTemplateInput = z.input<typeof ChainTemplate>;
