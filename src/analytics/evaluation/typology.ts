/**
 * Cluster typology: basic, key strategic or frontier (干勇 等 2022, §三),
 * from a cluster's GB/T 4754 industries, with the evidence, the type's typical
 * problems and the path that article gives for it (§四). Rules are data
 * (data/typology/cluster-types.json), validated by ClusterTypeRules.
 *
 * Rule      1. a frontier keyword (石墨烯, 液态金属, 超导, 人工智能, 氢能, …) in
 *              the name or an industry label → that type (keywords of types
 *              with no industry rules take precedence: GB/T 4754 has no class
 *              for frontier technologies);
 *           2. else every industry code maps to a type by its longest
 *              matching prefix; the type with most codes wins; a tie goes to
 *              the type of the first (primary) industry among the tied;
 *           3. else keywords in the name (most matches wins; a tie → none);
 *           4. else unclassified.
 * Conventions codes are GB/T 4754-2017 (letters are sections and never
 *           match a numeric prefix); labels are free text. The result says
 *           which rule decided (`decidedBy`) and lists every matched code.
 * Cost      O(k·r) for k industries and r rules.
 * References 干勇, 谢曼, 廉海强, 邹伟龙, 王慧 (2022) 先进制造业集群现代科技支撑体系
 *           建设研究. 中国工程科学 24(2), §三 (types and their
 *           problems), §四 (paths).
 */
import { z } from 'zod';
import { AtlasError } from '../../core/errors.ts';
import { Bilingual } from '../../core/model/index-system.ts';

const Section = z.object({ source: z.string().min(1), section: z.string().min(1) });

export const ClusterTypeRules = z.object({
  version: z.string(),
  scheme: z.literal('GB/T4754-2017'),
  basis: Section,
  types: z
    .array(
      z.object({
        id: z.enum(['basic', 'key_strategic', 'frontier']),
        name: Bilingual,
        basis: Section,
        sectors: z.array(z.string()).min(1),
        industryRules: z.array(
          z.object({
            prefix: z.string().regex(/^\d{2,4}$/),
            sector: z.string().min(1),
            verified: z.boolean(),
            note: z.string().optional(),
          }),
        ),
        keywords: z.array(z.string().min(1)).min(1),
        problems: z
          .array(
            z.object({
              id: z.string().min(1),
              name: Bilingual,
              text: Bilingual,
              section: z.string().min(1),
              evidence: z.array(z.record(z.string(), z.string())),
            }),
          )
          .min(1),
        path: z
          .array(z.object({ id: z.string().min(1), text: Bilingual, section: z.string().min(1) }))
          .min(1),
      }),
    )
    .length(3),
});
export type ClusterTypeRules = z.infer<typeof ClusterTypeRules>;
export type ClusterTypeId = 'basic' | 'key_strategic' | 'frontier';
type TypeRule = ClusterTypeRules['types'][number];

export interface TypologyInput {
  name: string;
  nameEn?: string;
  /** GB/T 4754 codes and/or free labels; the first is the primary industry. */
  industries: readonly string[];
}

export interface TypologyResult {
  type: ClusterTypeId | 'unclassified';
  decidedBy: 'keyword-frontier' | 'industry-codes' | 'name-keywords' | 'none';
  evidence: {
    codes: {
      code: string;
      prefix: string;
      type: ClusterTypeId;
      sector: string;
      verified: boolean;
    }[];
    unmatchedCodes: string[];
    keywords: { keyword: string; type: ClusterTypeId; in: string }[];
    tally: Partial<Record<ClusterTypeId, number>>;
  };
  problems: TypeRule['problems'];
  path: TypeRule['path'];
  basis: TypeRule['basis'] | null;
}

/** Parses the rules file's content; ATLAS_E_DATA_INTEGRITY when it does not match. */
export function parseClusterTypeRules(
  raw: unknown,
  file = 'data/typology/cluster-types.json',
): ClusterTypeRules {
  const r = ClusterTypeRules.safeParse(raw);
  if (!r.success) {
    const i = r.error.issues[0];
    throw new AtlasError('ATLAS_E_DATA_INTEGRITY', `${file}: ${i.path.join('.')}: ${i.message}`, {
      file,
    });
  }
  return r.data;
}

export function classifyCluster(c: TypologyInput, rules: ClusterTypeRules): TypologyResult {
  const text = [c.name, c.nameEn ?? '', ...c.industries.filter((x) => !/^\d+$/.test(x))];
  const where = [
    'name',
    'nameEn',
    ...c.industries.filter((x) => !/^\d+$/.test(x)).map(() => 'industry label'),
  ];
  const keywordHits = (t: TypeRule, fields: string[]) => {
    const hits: { keyword: string; type: ClusterTypeId; in: string }[] = [];
    for (const k of t.keywords) {
      const i = fields.findIndex((f) => f.toLowerCase().includes(k.toLowerCase()));
      if (i >= 0) hits.push({ keyword: k, type: t.id, in: where[i] });
    }
    return hits;
  };
  const codes: TypologyResult['evidence']['codes'] = [];
  const unmatched: string[] = [];
  for (const code of c.industries.filter((x) => /^\d+$/.test(x))) {
    let best: { t: TypeRule; r: TypeRule['industryRules'][number] } | null = null;
    for (const t of rules.types)
      for (const r of t.industryRules)
        if (code.startsWith(r.prefix) && (!best || r.prefix.length > best.r.prefix.length))
          best = { t, r };
    if (best)
      codes.push({
        code,
        prefix: best.r.prefix,
        type: best.t.id,
        sector: best.r.sector,
        verified: best.r.verified,
      });
    else unmatched.push(code);
  }
  const tally: Partial<Record<ClusterTypeId, number>> = {};
  for (const x of codes) tally[x.type] = (tally[x.type] ?? 0) + 1;
  const result = (
    type: ClusterTypeId | 'unclassified',
    decidedBy: TypologyResult['decidedBy'],
    keywords: TypologyResult['evidence']['keywords'],
  ): TypologyResult => {
    const t = rules.types.find((x) => x.id === type);
    return {
      type,
      decidedBy,
      evidence: { codes, unmatchedCodes: unmatched, keywords, tally },
      problems: t?.problems ?? [],
      path: t?.path ?? [],
      basis: t?.basis ?? null,
    };
  };
  // 1. keyword-only types (frontier) first.
  for (const t of rules.types.filter((x) => x.industryRules.length === 0)) {
    const hits = keywordHits(t, text);
    if (hits.length) return result(t.id, 'keyword-frontier', hits);
  }
  // 2. industry codes, majority; tie → first industry's type among the tied.
  if (codes.length) {
    const top = Math.max(...Object.values(tally));
    const tied = new Set(Object.keys(tally).filter((k) => tally[k as ClusterTypeId] === top));
    const winner = codes.find((x) => tied.has(x.type)) as (typeof codes)[number];
    return result(winner.type, 'industry-codes', []);
  }
  // 3. name keywords.
  const byType = rules.types
    .map((t) => ({ t, hits: keywordHits(t, [c.name, c.nameEn ?? '']) }))
    .filter((x) => x.hits.length > 0)
    .sort((a, b) => b.hits.length - a.hits.length);
  if (byType.length && (byType.length === 1 || byType[0].hits.length > byType[1].hits.length)) {
    return result(byType[0].t.id, 'name-keywords', byType[0].hits);
  }
  return result(
    'unclassified',
    'none',
    byType.flatMap((x) => x.hits),
  );
}
