import type { Duck } from '../../store/duck.ts';
import {
  countDerivedPlatforms,
  firstClusters,
  partyFacts,
  upsertRows,
  type PartyFacts,
  type PlatformRow,
  type PlatformServiceRow,
} from '../../store/matching.ts';
import { stamp } from './now.ts';
import type { PlatformCategory } from './schemas.ts';

/**
 * Category of a public service an organisation offers, read from its name and
 * GB/T 4754 classes: 7452 testing, 7491 industrial design, 839x vocational
 * training, 7450/7520 standards, certification and IP; a manufacturing
 * innovation centre (制造业创新中心) or a pilot base offers pilot production.
 * The order matters: the first rule that matches wins.
 */
const RULES: readonly { category: PlatformCategory; words: RegExp; classes: RegExp }[] = [
  { category: 'testing', words: /检验|检测|计量|测试/, classes: /^745[12]$/ },
  { category: 'pilot', words: /中试|创新中心|试验基地|熟化/, classes: /(?!)/ },
  { category: 'design', words: /设计/, classes: /^7491$/ },
  { category: 'standards', words: /标准|认证|知识产权/, classes: /^(7450|7520)$/ },
  { category: 'training', words: /培训|实训|职业技能/, classes: /^839\d$/ },
  { category: 'finance', words: /担保|融资|基金|投资|银行|保险/, classes: /^(66|67|68|69)\d\d$/ },
];

/** What the service is called, per category. */
const SERVICE_NAMES: Record<PlatformCategory, string> = {
  testing: '检验检测服务',
  pilot: '中试与小批量试制',
  design: '工业设计服务',
  standards: '标准、认证与知识产权服务',
  training: '技能培训',
  finance: '融资服务',
  other: '综合服务',
};

const OFFERING_KINDS = new Set(['service_provider', 'platform', 'finance']);

export function platformCategoryOf(f: Pick<PartyFacts, 'name' | 'industries'>) {
  for (const r of RULES)
    if (r.words.test(f.name) || f.industries.some((c) => r.classes.test(c))) return r.category;
  return null;
}

/**
 * Lists as public service platforms the service providers, platforms and
 * financiers whose name or industry says which public service they offer,
 * each with one service of that category. Rows are marked inferred and
 * unverified (synthetic when the organisation is) and replaced on each run;
 * platforms a person added are never touched. Cost: one scan of the store.
 */
export async function derivePlatforms(
  db: Duck,
  opts: { now?: Date | string } = {},
): Promise<{ written: number }> {
  const facts = (await partyFacts(db)).filter((f) => OFFERING_KINDS.has(f.kind));
  const clusters = await firstClusters(db);
  const at = stamp(opts.now);
  const platforms: PlatformRow[] = [];
  const services: PlatformServiceRow[] = [];
  for (const f of facts) {
    const category = platformCategoryOf(f);
    if (!category) continue;
    platforms.push({
      id: `platform-derived-${f.id}`,
      organization: f.id,
      name: f.name,
      category,
      region: f.region,
      cluster: clusters.get(f.id),
      description: f.industry_names.join('、') || undefined,
      created_at: at,
      synthetic: f.synthetic,
      provenance: {
        source: 'atlas derive platforms',
        method: 'inferred',
        confidence: 0.5,
        verified: false,
        synthetic: f.synthetic,
        note: "Category read from the organisation's name and industry classes; not stated by the organisation.",
      },
    });
    services.push({
      id: `svc-derived-${f.id}`,
      platform: `platform-derived-${f.id}`,
      name: SERVICE_NAMES[category],
      category,
    });
  }
  await db.transaction(async (tx) => {
    await tx.exec("DELETE FROM platform_services WHERE id LIKE 'svc-derived-%'");
    await tx.exec("DELETE FROM service_platforms WHERE id LIKE 'platform-derived-%'");
    await upsertRows(tx, 'service_platforms', platforms);
    await upsertRows(tx, 'platform_services', services);
  });
  return { written: platforms.length };
}

/** Derives the platform catalogue once, when none has been derived yet. */
export async function ensurePlatforms(db: Duck): Promise<{ derived: number }> {
  if ((await countDerivedPlatforms(db)) > 0) return { derived: 0 };
  return { derived: (await derivePlatforms(db)).written };
}
