import type { ChainTemplate } from '../../core/model/chain-template.ts';
import type { NamedNode } from '../../contract/matching.ts';
import { loadIndustries } from '../../store/reference.ts';

/** Names a chain node or GB/T 4754 code by its id; an id nothing names stays itself. */
export type NodeNamer = (id: string) => NamedNode;

let industryNames: Map<string, NamedNode> | undefined;

/**
 * The names a match reason gives the nodes it rests on: chain nodes by the
 * templates' names (多路阀 / multi-way valves, not their ids), GB/T 4754-2017
 * codes by the standard's names. A node may be written `template/node`; a
 * bare node id that several templates use with different names is named by
 * all of them ("传感器 / 传感器件"), never by a guess. An id nothing names
 * stays itself.
 */
export function nodeNamer(templates: readonly ChainTemplate[]): NodeNamer {
  industryNames ??= new Map(
    loadIndustries().map((i) => [
      i.code,
      { id: i.code, nameZh: i.nameZh, nameEn: i.nameEn ?? i.nameZh },
    ]),
  );
  const byId = new Map<string, Array<{ nameZh: string; nameEn: string }>>();
  const add = (key: string, n: { nameZh: string; nameEn: string }) => {
    const seen = byId.get(key) ?? [];
    if (!seen.some((x) => x.nameZh === n.nameZh && x.nameEn === n.nameEn)) seen.push(n);
    byId.set(key, seen);
  };
  for (const t of templates)
    for (const n of t.nodes) {
      add(n.id, n);
      add(`${t.id}/${n.id}`, n);
    }
  return (id) => {
    const names = byId.get(id);
    if (names)
      return {
        id,
        nameZh: names.map((n) => n.nameZh).join(' / '),
        nameEn: names.map((n) => n.nameEn).join(' / '),
      };
    return industryNames!.get(id) ?? { id, nameZh: id, nameEn: id };
  };
}
