/**
 * A cluster that spans provinces (成渝's kind) as its sides see it: every
 * figure per province and per city, the ties that cross the border (supply,
 * R&D collaboration, service, matchmaking matches) counted and listed, the
 * chain nodes both sides attract or would attract (duplicated attraction),
 * and the joint work plan (shared targets, shared platforms, actions, who
 * leads each) that both sides see and analysts edit.
 */
import { z } from 'zod';
import { AnswerWarning } from './answer-warning.ts';

/** A sum of members' yearly measure over a part; null when withheld or nobody reported. */
export const PartFigure = z.object({
  measure: z.enum(['employees', 'revenue', 'output']),
  unit: z.string(),
  year: z.number().int().nullable(),
  sum: z.number().nullable(),
  organizations: z.number().int(),
  suppressed: z.boolean(),
});

export const KindCount = z.object({ kind: z.string(), count: z.number().int() });

const PartBase = z.object({
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  members: z.number().int(),
  synthetic: z.number().int(),
  byKind: z.array(KindCount),
  figures: z.array(PartFigure),
  /** Ties (links and matches) with both ends on this side. */
  tiesWithin: z.number().int(),
});

export const CityPart = PartBase.extend({ inCluster: z.boolean() });
export const ProvincePart = PartBase.extend({
  cities: z.array(CityPart),
  /** The side's own panorama of the cluster's main chain, from its members alone (null: none on it). */
  chain: z.object({ completeness: z.number(), coverage: z.number() }).nullable(),
});

/** One end of a tie, with its side. */
export const TieEnd = z.object({
  id: z.string(),
  name: z.string(),
  province: z.string(),
  city: z.string().nullable(),
});

export const BorderTie = z.object({
  id: z.string(),
  type: z.string(),
  from: TieEnd,
  to: TieEnd,
  product: z.string().nullable(),
  status: z.string().nullable(),
  synthetic: z.boolean(),
});

export const TieCount = z.object({
  type: z.string(),
  within: z.number().int(),
  across: z.number().int(),
});

/** A chain node both sides attract (actions) or would attract (a gap on each side). */
export const DuplicatedNode = z.object({
  node: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  sides: z.array(
    z.object({
      province: z.string(),
      gap: z.string().nullable(),
      actions: z.array(z.object({ id: z.string(), region: z.string(), state: z.string() })),
    }),
  ),
  /** 'actions': both sides track attraction of it; 'gaps': both would target it. */
  basis: z.enum(['actions', 'gaps']),
});

export const CrossRegionProfile = z.object({
  cluster: z.object({ id: z.string(), name: z.string(), nameEn: z.string().nullable() }),
  /** Members stand in more than one province. */
  crossProvince: z.boolean(),
  provinces: z.array(ProvincePart),
  unplaced: z.number().int(),
  ties: z.object({ counts: z.array(TieCount), across: z.array(BorderTie) }),
  template: z.object({ id: z.string(), nameZh: z.string(), nameEn: z.string() }).nullable(),
  duplicated: z.array(DuplicatedNode),
  /** How much of the members and ties summed here is synthetic (contract/synthetic-mark.ts). */
  synthetic: z.object({
    organizations: z.number().int(),
    syntheticOrganizations: z.number().int(),
    links: z.number().int(),
    syntheticLinks: z.number().int(),
    syntheticShare: z.number(),
    syntheticLinkShare: z.number(),
  }),
  warnings: z.array(AnswerWarning),
});
export type CrossRegionProfile = z.infer<typeof CrossRegionProfile>;

export const WORK_ITEM_KINDS = ['target', 'platform', 'action'] as const;
export const WORK_ITEM_STATES = ['planned', 'in_progress', 'done', 'dropped'] as const;

export const WorkItem = z.object({
  id: z.string(),
  cluster: z.string(),
  kind: z.enum(WORK_ITEM_KINDS),
  title: z.string(),
  detail: z.string().nullable(),
  node: z.string().nullable(),
  /** A province code of the cluster, or 'joint'. */
  leadProvince: z.string(),
  leadOrganization: z.string().nullable(),
  state: z.enum(WORK_ITEM_STATES),
  due: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type WorkItem = z.infer<typeof WorkItem>;

export const WorkPlan = z.object({
  cluster: z.string(),
  /** Who may lead: the cluster's provinces and 'joint'. */
  leads: z.array(z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string() })),
  items: z.array(WorkItem),
});
export type WorkPlan = z.infer<typeof WorkPlan>;

const text = (max: number) => z.string().trim().min(1).max(max);

export const NewWorkItem = z.strictObject({
  kind: z.enum(WORK_ITEM_KINDS),
  title: text(200),
  detail: text(2000).optional(),
  node: text(100).optional(),
  leadProvince: z.string().regex(/^(\d{6}|joint)$/),
  leadOrganization: text(200).optional(),
  state: z.enum(WORK_ITEM_STATES).default('planned'),
  due: z
    .string()
    .regex(/^\d{4}-\d{2}(-\d{2})?$/)
    .optional(),
});
export type NewWorkItem = z.input<typeof NewWorkItem>;

export const WorkItemChange = z.strictObject({
  kind: z.enum(WORK_ITEM_KINDS).optional(),
  title: text(200).optional(),
  detail: text(2000).nullable().optional(),
  node: text(100).nullable().optional(),
  leadProvince: z
    .string()
    .regex(/^(\d{6}|joint)$/)
    .optional(),
  leadOrganization: text(200).nullable().optional(),
  state: z.enum(WORK_ITEM_STATES).optional(),
  due: z
    .string()
    .regex(/^\d{4}-\d{2}(-\d{2})?$/)
    .nullable()
    .optional(),
});
export type WorkItemChange = z.input<typeof WorkItemChange>;
