import type { ClusterField } from '../core/model/cluster.ts';
import type { z } from 'zod';
import { toHalfWidth } from './text.ts';

type Field = z.infer<typeof ClusterField>;
type Designation = 'national' | 'provincial' | 'user' | 'seed';

const key = (s: string): string =>
  toHalfWidth(s)
    .toLowerCase()
    .replace(/[\s_-]+/g, '');

const FIELD_WORDS: Record<Field, string[]> = {
  new_generation_it: [
    '新一代信息技术',
    '新一代信息技术领域',
    '信息技术',
    '电子信息',
    'new generation it',
    'it',
  ],
  raw_materials: ['原材料', '新材料', '原材料领域', 'raw materials', 'materials'],
  equipment: ['高端装备', '装备', '装备制造', '高端装备领域', 'equipment'],
  consumer_goods: [
    '消费品',
    '轻工',
    '消费品领域',
    '消费品工业',
    'consumer goods',
    'light industry',
  ],
  biomedicine: [
    '生物医药',
    '生物医药及高端医疗器械',
    '生物医药领域',
    '医药',
    '医疗器械',
    'biomedicine',
    'biomedical',
  ],
  other: ['其他', 'other'],
};

const DESIGNATION_WORDS: Record<Designation, string[]> = {
  national: ['国家级', '国家', '国家先进制造业集群', 'national'],
  provincial: ['省级', '省', 'provincial'],
  user: ['用户', '自定义', 'user'],
  seed: ['seed', '种子'],
};

function table<T extends string>(words: Record<T, string[]>): Map<string, T> {
  const m = new Map<string, T>();
  for (const [v, ws] of Object.entries(words) as [T, string[]][]) {
    m.set(key(v), v);
    for (const w of ws) m.set(key(w), v);
  }
  return m;
}
const FIELDS = table(FIELD_WORDS);
const DESIGNATIONS = table(DESIGNATION_WORDS);

export const parseClusterField = (s: string): Field | null => FIELDS.get(key(s)) ?? null;
export const parseDesignation = (s: string): Designation | null => DESIGNATIONS.get(key(s)) ?? null;
export const CLUSTER_FIELD_HELP = Object.entries(FIELD_WORDS)
  .map(([f, w]) => `${f} (${w[0]})`)
  .join(', ');

const CN_DIGITS: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};

/** A round: 2, "2", "第二批", "第2批", "二"; null when empty, NaN when not a round. */
export function parseRound(cell: string | number | null): number | null {
  if (cell === null) return null;
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 1 ? cell : NaN;
  const s = toHalfWidth(cell).replace(/\s+/g, '');
  if (s === '') return null;
  const m = /^第?(\d+|[一二三四五六七八九十])(批|轮|届)?$/.exec(s);
  if (!m) return NaN;
  const n = /^\d+$/.test(m[1]) ? Number(m[1]) : CN_DIGITS[m[1]];
  return n >= 1 ? n : NaN;
}
