/**
 * A layered left-to-right layout of a chain template (产业链图谱): upstream,
 * midstream and downstream nodes in columns, support services in a band
 * under them, so the chain reads as a flow from materials to markets.
 *
 * Columns  each production stage gets up to two columns: a node that another
 *          node of its own stage feeds (longest path over the template's
 *          edges, cycles broken where a walk revisits a node) goes one column
 *          further right. Stages keep their order whatever the edges say.
 * Rows     within a column, a group node comes first and its children right
 *          after it, the rest in template order.
 * Support  the support services in one row (or more, 8 a row) under the
 *          tallest column.
 * Cost     O(nodes + edges) per pass of the longest path, at most
 *          `nodes` passes.
 */

export interface LayoutNode {
  id: string;
  stage: 'upstream' | 'midstream' | 'downstream' | 'support';
  parent?: string | null;
}

export interface LayoutEdge {
  from: string;
  to: string;
}

export interface PlacedNode {
  id: string;
  /** Column (0 = leftmost); support nodes are spread over the columns' width. */
  x: number;
  /** Row (0 = top). */
  y: number;
}

export interface ChainLayout {
  nodes: PlacedNode[];
  columns: number;
  rows: number;
}

const STAGE_ORDER = { upstream: 0, midstream: 1, downstream: 2 } as const;
const SUPPORT_PER_ROW = 8;

/** Longest path (in edges) from a node without inputs, among the given nodes. */
function ranks(ids: string[], edges: LayoutEdge[]): Map<string, number> {
  const rank = new Map(ids.map((id) => [id, 0]));
  const inside = edges.filter((e) => rank.has(e.from) && rank.has(e.to) && e.from !== e.to);
  // Bellman-Ford style relaxation, capped: a cycle stops growing after `ids.length` passes.
  for (let pass = 0; pass < ids.length; pass++) {
    let changed = false;
    for (const e of inside) {
      const r = rank.get(e.from)! + 1;
      if (r > rank.get(e.to)! && r < ids.length) {
        rank.set(e.to, r);
        changed = true;
      }
    }
    if (!changed) break;
  }
  return rank;
}

/** Template order with each group's children right after it. */
function rowOrder(nodes: LayoutNode[]): string[] {
  const ids = new Set(nodes.map((n) => n.id));
  const children = new Map<string, string[]>();
  for (const n of nodes)
    if (n.parent && ids.has(n.parent))
      children.set(n.parent, [...(children.get(n.parent) ?? []), n.id]);
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    out.push(id);
    for (const c of children.get(id) ?? []) visit(c);
  };
  for (const n of nodes) if (!n.parent || !ids.has(n.parent)) visit(n.id);
  for (const n of nodes) visit(n.id);
  return out;
}

export function chainMapLayout(nodes: LayoutNode[], edges: LayoutEdge[]): ChainLayout {
  const production = nodes.filter((n) => n.stage !== 'support');
  const support = nodes.filter((n) => n.stage === 'support');
  const stageOf = new Map(production.map((n) => [n.id, STAGE_ORDER[n.stage as 'upstream']]));
  // A node's sub-column inside its stage: fed by a node of the same stage → 1.
  const sub = new Map<string, number>();
  for (const s of [0, 1, 2]) {
    const ids = production.filter((n) => stageOf.get(n.id) === s).map((n) => n.id);
    const r = ranks(ids, edges);
    for (const id of ids) sub.set(id, Math.min(r.get(id)!, 1));
  }
  const keys = [...new Set(production.map((n) => stageOf.get(n.id)! * 2 + sub.get(n.id)!))].sort(
    (a, b) => a - b,
  );
  const column = new Map(keys.map((k, i) => [k, i]));
  const colOf = (id: string) => column.get(stageOf.get(id)! * 2 + sub.get(id)!)!;
  const filled: number[] = keys.map(() => 0);
  const placed: PlacedNode[] = [];
  for (const id of rowOrder(production)) {
    const x = colOf(id);
    placed.push({ id, x, y: filled[x]++ });
  }
  const columns = Math.max(keys.length, 1);
  const tallest = Math.max(0, ...filled);
  const width = Math.max(columns - 1, 1);
  rowOrder(support).forEach((id, k) => {
    const row = Math.floor(k / SUPPORT_PER_ROW);
    const inRow = Math.min(SUPPORT_PER_ROW, support.length - row * SUPPORT_PER_ROW);
    const at = k % SUPPORT_PER_ROW;
    placed.push({
      id,
      x: inRow > 1 ? (at * width) / (inRow - 1) : width / 2,
      y: tallest + 1 + row,
    });
  });
  const supportRows = Math.ceil(support.length / SUPPORT_PER_ROW);
  return { nodes: placed, columns, rows: tallest + (supportRows ? supportRows + 1 : 0) };
}
