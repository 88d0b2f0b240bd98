/**
 * The columnar table a match query runs over: one row per candidate
 * (capability or demand), its BM25 index and the features of the other parts.
 *
 * Conventions coordinates in degrees, NaN when unknown; sizeClass 0 unknown,
 *           1 SME, 2 large; tagBits from match-weights.ts; chain nodes are
 *           string keys (a chain node id or a GB/T 4754 class), interned, with
 *           a CSR candidate → nodes and node → candidates. A 4-digit GB/T 4754
 *           class belongs to its 3-digit group (3443 → 344), which earns half
 *           the node fit; other keys have no group unless `groupOf` says so.
 * Cost      build O(total text length + total nodes); memory about
 *           8 bytes per posting + 26 bytes per candidate.
 * References Robertson & Zaragoza (2009) FnTIR 3(4): 333-389 (the index).
 */
import { buildBm25Index, type Bm25Index, type Bm25Options } from './bm25-index.ts';
import {
  SIZE_LARGE,
  SIZE_SME,
  SIZE_UNKNOWN,
  TAG_LITTLE_GIANT,
  TAG_SINGLE_CHAMPION,
  TAG_SPECIALISED_SME,
  type SizeName,
} from './match-weights.ts';

export interface CandidateInput {
  text: string;
  lon?: number;
  lat?: number;
  size?: SizeName;
  tags?: readonly string[];
  nodes?: readonly string[];
}

export interface MatchCandidates {
  readonly size: number;
  readonly index: Bm25Index;
  readonly lon: Float64Array;
  readonly lat: Float64Array;
  readonly sizeClass: Uint8Array;
  readonly tagBits: Uint8Array;
  readonly nodeVocabulary: ReadonlyMap<string, number>;
  /** node id → group id, −1 when none */
  readonly nodeGroup: Int32Array;
  readonly groupVocabulary: ReadonlyMap<string, number>;
  /** candidate → node ids */
  readonly nodeOffsets: Int32Array;
  readonly nodeIds: Int32Array;
  /** node id → candidates, group id → candidates */
  readonly byNode: Csr;
  readonly byGroup: Csr;
}

export interface Csr {
  offsets: Int32Array;
  items: Int32Array;
}

/** GB/T 4754 class → group; anything else has none. */
export function defaultGroupOf(node: string): string | undefined {
  return /^\d{4}$/.test(node) ? node.slice(0, 3) : undefined;
}

function invert(keyOf: Int32Array, rowOffsets: Int32Array, keys: number): Csr {
  const offsets = new Int32Array(keys + 1);
  for (const k of keyOf) if (k >= 0) offsets[k + 1]++;
  for (let k = 0; k < keys; k++) offsets[k + 1] += offsets[k];
  const fill = offsets.slice(0, keys);
  const items = new Int32Array(offsets[keys]);
  for (let r = 0; r + 1 < rowOffsets.length; r++)
    for (let p = rowOffsets[r]; p < rowOffsets[r + 1]; p++) {
      const k = keyOf[p];
      if (k >= 0) items[fill[k]++] = r;
    }
  return { offsets, items };
}

export function buildMatchCandidates(
  rows: readonly CandidateInput[],
  opts: Bm25Options & { groupOf?: (node: string) => string | undefined } = {},
): MatchCandidates {
  const n = rows.length;
  const groupOf = opts.groupOf ?? defaultGroupOf;
  const index = buildBm25Index(
    rows.map((r) => r.text),
    opts,
  );
  const lon = new Float64Array(n).fill(NaN);
  const lat = new Float64Array(n).fill(NaN);
  const sizeClass = new Uint8Array(n);
  const tagBits = new Uint8Array(n);
  const nodeVocabulary = new Map<string, number>();
  const groupVocabulary = new Map<string, number>();
  const nodeGroupList: number[] = [];
  const nodeOffsets = new Int32Array(n + 1);
  const nodeList: number[] = [];
  for (let i = 0; i < n; i++) {
    const r = rows[i];
    if (Number.isFinite(r.lon) && Number.isFinite(r.lat)) {
      lon[i] = r.lon!;
      lat[i] = r.lat!;
    }
    sizeClass[i] = r.size === 'sme' ? SIZE_SME : r.size === 'large' ? SIZE_LARGE : SIZE_UNKNOWN;
    let bits = 0;
    for (const t of r.tags ?? []) {
      if (t === 'little_giant') bits |= TAG_LITTLE_GIANT;
      else if (t === 'single_champion') bits |= TAG_SINGLE_CHAMPION;
      else if (t === 'specialised_sme') bits |= TAG_SPECIALISED_SME;
    }
    tagBits[i] = bits;
    for (const key of new Set(r.nodes ?? [])) {
      let id = nodeVocabulary.get(key);
      if (id === undefined) {
        id = nodeVocabulary.size;
        nodeVocabulary.set(key, id);
        const g = groupOf(key);
        let gid = -1;
        if (g !== undefined) {
          gid = groupVocabulary.get(g) ?? groupVocabulary.size;
          groupVocabulary.set(g, gid);
        }
        nodeGroupList.push(gid);
      }
      nodeList.push(id);
    }
    nodeOffsets[i + 1] = nodeList.length;
  }
  const nodeIds = Int32Array.from(nodeList);
  const nodeGroup = Int32Array.from(nodeGroupList);
  const groupOfPosting = new Int32Array(nodeIds.length);
  for (let p = 0; p < nodeIds.length; p++) groupOfPosting[p] = nodeGroup[nodeIds[p]];
  return {
    size: n,
    index,
    lon,
    lat,
    sizeClass,
    tagBits,
    nodeVocabulary,
    nodeGroup,
    groupVocabulary,
    nodeOffsets,
    nodeIds,
    byNode: invert(nodeIds, nodeOffsets, nodeVocabulary.size),
    byGroup: invert(groupOfPosting, nodeOffsets, groupVocabulary.size),
  };
}
