/**
 * Input-output evidence for the edges of a chain template, read from the
 * national tables of the National Bureau of Statistics (data/io).
 *
 * An edge `from → to` (from's products are inputs of to) is supported by a
 * table when, between a sector i of `from` and a different sector j of `to`
 * (both through the concordance of the nodes' GB/T 4754-2017 codes):
 *   input share   a_ij = z_ij / x_j ≥ 0.01  (j buys at least one yuan of i's
 *                 products per hundred yuan of its output), or
 *   output share  s_ij = z_ij / (x_i + m_i) ≥ 0.01  (at least one yuan in a
 *                 hundred of the supply of i's products, domestic output x_i
 *                 plus imports m_i, goes to j). The tables read are
 *                 competitive-import tables: z_ij includes imported goods, so
 *                 z_ij / x_i alone exceeds 1 for a product mostly imported
 *                 (rare-earth ore); over the whole supply it does not.
 * Both directions of dependence are input-output links in the sense of
 * Delgado, Porter & Stern, "Defining clusters of related industries",
 * Journal of Economic Geography 16(1), 2016, and of Feser & Bergman,
 * "National industry cluster templates", Regional Studies 34(1), 2000: a
 * niche input (graphite for aircraft) is a small share of the buyer's costs
 * but a large share of the supplier's sales.
 *
 * Tables are read newest first: 2020 (153 sectors), 2018 (153), 2017 (149),
 * 2012 (139), 2007 (135); the first that supports the edge is cited, with its
 * year. The 2007 table is classified under GB/T 4754-2002 and read through the
 * shipped concordance (data/io/concordance); it splits some sectors the later
 * tables merge (炼铁 and 炼钢, 计算机服务 and 软件业). The 2002 table (122
 * sectors) is not read: it is coarser, and classes born later (3963 drones,
 * 396 smart consumer devices) would be read as its 2002 sectors (家用视听设备),
 * a link between other products. A pair inside one sector (a_ii) is never
 * evidence: the table cannot tell the two nodes apart. An edge no table
 * supports keeps the 2020 reading as its note and stays unverified.
 *
 * Cost: per template and table, O(edges × sectors(from) × sectors(to)).
 */
import type { ChainTemplate } from '../../src/core/model/chain-template.ts';
import { chainIoEvidence, type IoEdgeEvidence } from '../../src/services/io/chain-evidence.ts';
import { ioModel } from '../../src/services/io/model.ts';
import { nodeCodes, sectorsOfCodes } from '../../src/services/io/node-sectors.ts';
import { ioConcordance, pickIoTable } from '../../src/services/io/tables.ts';

export const MIN_SHARE = 0.01;
/** The tables read, newest first: [year, sectors]. */
export const IO_TABLES: readonly (readonly [number, number])[] = [
  [2020, 153],
  [2018, 153],
  [2017, 149],
  [2012, 139],
  [2007, 135],
];

export interface EdgeIoFinding {
  year: number;
  table: string;
  supplier: string;
  buyer: string;
  /** a_ij of the pair. */
  coefficient: number;
  /** s_ij = z_ij / (x_i + m_i) of the pair. */
  outputShare: number;
  sameSector: boolean;
  /** Which share reaches MIN_SHARE; none when the edge is not supported. */
  basis: 'input' | 'output' | 'none';
}

export interface EdgeIoVerdict {
  finding: EdgeIoFinding | null;
  /** The 2020 table's reading, for the note of an unsupported edge. */
  reason: string;
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

/** s_ij = z_ij / (x_i + m_i): the share of the supply of i's products that j uses. */
function supplyShares(m: ReturnType<typeof ioModel>): (i: number, j: number) => number {
  const { n } = m.z;
  const supply = m.table.totalOutput.map((x, i) => x + Math.max(0, m.table.importsByProduct[i]));
  return (i, j) => (supply[i] > 0 ? Math.max(0, m.z.values[i * n + j]) / supply[i] : 0);
}

/** The pair of different sectors with the largest output share, for every edge. */
function outputPairs(t: ChainTemplate, year: number, sectors: number) {
  const entry = pickIoTable({ year, sectors });
  const rows = ioConcordance(entry)!.rows;
  const m = ioModel(entry);
  const n = m.a.n;
  const share = supplyShares(m);
  const of = new Map(t.nodes.map((x) => [x.id, sectorsOfCodes(nodeCodes(x, t.nodes), rows)]));
  return t.edges.map((e) => {
    let best = { i: -1, j: -1, b: 0 };
    for (const i of of.get(e.from) ?? [])
      for (const j of of.get(e.to) ?? []) {
        const b = share(i, j);
        if (i !== j && b > best.b) best = { i, j, b };
      }
    if (best.i < 0) return null;
    const s = m.table.sectors;
    return {
      supplier: `${s[best.i].code} ${s[best.i].nameZh}`,
      buyer: `${s[best.j].code} ${s[best.j].nameZh}`,
      coefficient: m.a.values[best.i * n + best.j],
      outputShare: best.b,
    };
  });
}

function inputFinding(x: IoEdgeEvidence, year: number): EdgeIoFinding | null {
  if (!x.supplier || !x.buyer || x.coefficient === null) return null;
  const entry = pickIoTable({ year, sectors: Number(x.table.split('-')[1]) });
  const m = ioModel(entry);
  const i = m.table.sectors.findIndex((s) => s.code === x.supplier!.code);
  const j = m.table.sectors.findIndex((s) => s.code === x.buyer!.code);
  return {
    year,
    table: x.table,
    supplier: `${x.supplier.code} ${x.supplier.nameZh}`,
    buyer: `${x.buyer.code} ${x.buyer.nameZh}`,
    coefficient: round(x.coefficient),
    outputShare: round(supplyShares(m)(i, j)),
    sameSector: x.sameSector,
    basis: x.status === 'supported' && !x.sameSector ? 'input' : 'none',
  };
}

/** One verdict per edge of the template, in its order. */
export function edgeIoVerdicts(t: ChainTemplate): EdgeIoVerdict[] {
  const out: EdgeIoVerdict[] = t.edges.map(() => ({ finding: null, reason: '' }));
  IO_TABLES.forEach(([year, sectors], k) => {
    const ev = chainIoEvidence(t, { year, sectors, minCoefficient: MIN_SHARE });
    const pairs = outputPairs(t, year, sectors);
    ev.edges.forEach((x, e) => {
      const v = out[e];
      if (k === 0) {
        v.reason = x.reason;
        v.finding = inputFinding(x, year);
      }
      if (v.finding && v.finding.basis !== 'none') return;
      const input = inputFinding(x, year);
      if (input?.basis === 'input') {
        v.finding = input;
        return;
      }
      const p = pairs[e];
      if (p && p.outputShare >= MIN_SHARE)
        v.finding = {
          year,
          table: x.table,
          ...p,
          coefficient: round(p.coefficient),
          outputShare: round(p.outputShare),
          sameSector: false,
          basis: 'output',
        };
    });
  });
  return out;
}
