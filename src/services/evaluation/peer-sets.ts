import { randomUUID } from 'node:crypto';
import { suggestPeers } from '../../analytics/evaluation/suggest-peers.ts';
import { PeerSetInput, type PeerSet, type PeerSuggestion } from '../../contract/evaluation.ts';
import { AtlasError } from '../../core/errors.ts';
import type { Duck } from '../../store/duck.ts';
import {
  deletePeerSet as deleteRow,
  insertPeerSet,
  readPeerSets as listRows,
  readPeerSet,
  type PeerSetRow,
} from '../../store/peer-sets.ts';
import { readClusterDivisionCounts } from '../../store/queries/cluster-industry-mix.ts';
import { readClusters } from '../../store/queries/clusters.ts';
import { readIndustries } from '../../store/queries/industries.ts';
import { readRegions } from '../../store/queries/regions.ts';

interface Named {
  id: string;
  names: string[];
  label: string;
}

async function namedSubjects(db: Duck, type: 'cluster' | 'region'): Promise<Named[]> {
  if (type === 'cluster')
    return (await readClusters(db)).map((c) => ({
      id: c.id,
      names: [c.name, c.nameEn ?? ''].filter(Boolean),
      label: c.name,
    }));
  return (await readRegions(db))
    .filter((r) => r.level === 'province' || r.level === 'prefecture')
    .map((r) => ({
      id: r.code,
      names: [r.nameZh, r.nameEn ?? ''].filter(Boolean),
      label: r.nameZh,
    }));
}

const fold = (s: string) => s.trim().toLowerCase();

/**
 * Names or ids → ids: an id, else a name equal (case-insensitive) to one
 * record's name, else a name contained in exactly one record's name. An
 * unknown name is refused (ATLAS_E_NOT_FOUND); an ambiguous one too
 * (ATLAS_E_BAD_VALUE, with the candidates), so a set never holds a guess.
 */
export async function resolvePeerNames(
  db: Duck,
  type: 'cluster' | 'region',
  names: readonly string[],
): Promise<{ id: string; name: string }[]> {
  const all = await namedSubjects(db, type);
  const out: { id: string; name: string }[] = [];
  for (const raw of names) {
    const q = fold(raw);
    const hit =
      all.filter((x) => x.id === raw.trim()).at(0) ??
      (() => {
        const exact = all.filter((x) => x.names.some((n) => fold(n) === q));
        if (exact.length === 1) return exact[0];
        const part = exact.length
          ? exact
          : all.filter((x) => x.names.some((n) => fold(n).includes(q)));
        if (part.length === 1) return part[0];
        if (part.length === 0)
          throw new AtlasError('ATLAS_E_NOT_FOUND', `no ${type} named ${raw}`, { name: raw });
        throw new AtlasError(
          'ATLAS_E_BAD_VALUE',
          `${raw} names ${part.length} ${type}s: ${part
            .slice(0, 8)
            .map((x) => `${x.label} (${x.id})`)
            .join(', ')}; give one of them by full name or id`,
          { name: raw, candidates: part.slice(0, 20).map((x) => x.id) },
        );
      })();
    if (!out.some((o) => o.id === hit.id)) out.push({ id: hit.id, name: hit.label });
  }
  return out;
}

async function toPeerSet(db: Duck, r: PeerSetRow): Promise<PeerSet> {
  const all = new Map((await namedSubjects(db, r.subjectType)).map((x) => [x.id, x.label]));
  return {
    id: r.id,
    name: r.name,
    subjectType: r.subjectType,
    subject: r.subject,
    members: r.members.map((id) => ({ id, name: all.get(id) ?? id })),
    note: r.note,
    createdBy: r.createdBy,
    createdAt: r.createdAt,
  };
}

/** Saves a peer set chosen by names or ids; refuses (writing nothing) an unknown or ambiguous name. */
export async function savePeerSet(
  db: Duck,
  input: PeerSetInput,
  by: string | null,
): Promise<PeerSet> {
  const parsed = PeerSetInput.safeParse(input);
  if (!parsed.success)
    throw new AtlasError(
      'ATLAS_E_BAD_VALUE',
      `peer set: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ')}`,
    );
  const p = parsed.data;
  const subject = p.subject ? (await resolvePeerNames(db, p.subjectType, [p.subject]))[0].id : null;
  const members = (await resolvePeerNames(db, p.subjectType, p.members)).filter(
    (m) => m.id !== subject,
  );
  if (members.length === 0)
    throw new AtlasError(
      'ATLAS_E_BAD_VALUE',
      'a peer set needs at least one peer besides its subject',
    );
  const row: PeerSetRow = {
    id: `peers-${randomUUID().slice(0, 8)}`,
    name: p.name,
    subjectType: p.subjectType,
    subject,
    members: members.map((m) => m.id),
    note: p.note ?? null,
    createdBy: by,
    createdAt: new Date().toISOString(),
  };
  await db.transaction((tx) => insertPeerSet(tx, row));
  return toPeerSet(db, (await readPeerSet(db, row.id)) as PeerSetRow);
}

export async function getPeerSet(db: Duck, id: string): Promise<PeerSet> {
  const r = await readPeerSet(db, id);
  if (!r) throw new AtlasError('ATLAS_E_NOT_FOUND', `no peer set ${id}`, { id });
  return toPeerSet(db, r);
}

export async function listPeerSets(db: Duck, subject?: string): Promise<PeerSet[]> {
  return Promise.all((await listRows(db, subject)).map((r) => toPeerSet(db, r)));
}

export async function removePeerSet(db: Duck, id: string): Promise<void> {
  await getPeerSet(db, id);
  await db.transaction((tx) => deleteRow(tx, id));
}

/**
 * Clusters most alike a cluster in industry structure (members by GB/T
 * 4754 division and its declared divisions) and in size (members), with
 * the reasons in words (suggest-peers.ts).
 */
export async function suggestClusterPeers(
  db: Duck,
  id: string,
  limit = 5,
): Promise<PeerSuggestion[]> {
  const clusters = await readClusters(db);
  const me = clusters.find((c) => c.id === id);
  if (!me) throw new AtlasError('ATLAS_E_NOT_FOUND', `no cluster ${id}`, { id });
  const counts = await readClusterDivisionCounts(db);
  const mix = new Map<string, Map<string, number>>();
  for (const c of clusters) {
    const m = new Map<string, number>();
    for (const code of c.industries) if (/^\d{2}/.test(code)) m.set(code.slice(0, 2), 1);
    mix.set(c.id, m);
  }
  for (const r of counts) {
    const m = mix.get(r.cluster);
    if (m) m.set(r.division, (m.get(r.division) ?? 0) + r.members);
  }
  const cand = (c: (typeof clusters)[number]) => ({
    id: c.id,
    divisions: mix.get(c.id) ?? new Map<string, number>(),
    members: c.memberCount,
  });
  const names = new Map(
    (await readIndustries(db, { level: 2 })).map((i) => [
      i.code,
      { zh: i.nameZh, en: i.nameEn ?? i.nameZh },
    ]),
  );
  const byId = new Map(clusters.map((c) => [c.id, c]));
  return suggestPeers(cand(me), clusters.map(cand), { limit }).map((s) => {
    const c = byId.get(s.id) as (typeof clusters)[number];
    const shared = s.sharedDivisions.slice(0, 3);
    const zhDiv = shared.map((d) => `${d} ${names.get(d)?.zh ?? ''}`.trim()).join('、');
    const enDiv = shared.map((d) => `${d} ${names.get(d)?.en ?? ''}`.trim()).join(', ');
    const pct = (x: number) => `${Math.round(x * 100)}%`;
    return {
      id: s.id,
      name: c.name,
      nameEn: c.nameEn,
      similarity: s.similarity,
      industrySimilarity: s.industrySimilarity,
      sizeSimilarity: s.sizeSimilarity,
      sharedIndustries: s.sharedDivisions,
      members: s.members,
      reason: {
        zh: `${shared.length ? `同属行业大类 ${zhDiv}` : '无相同行业大类'}（结构相似度 ${pct(s.industrySimilarity)}）；成员 ${c.memberCount} 家，本集群 ${me.memberCount} 家（规模相似度 ${pct(s.sizeSimilarity)}）`,
        en: `${shared.length ? `shares divisions ${enDiv}` : 'shares no division'} (structure similarity ${pct(s.industrySimilarity)}); ${c.memberCount} members against ${me.memberCount} (size similarity ${pct(s.sizeSimilarity)})`,
      },
    };
  });
}
