import type { ChainTemplate } from '../../core/model/chain-template.ts';

/**
 * An English request for a supplier ("hydraulic valve") in the words the
 * atlas's capabilities are written in, Chinese: the chain templates' nodes
 * are a bilingual glossary (nameEn ↔ nameZh and the Chinese keywords that
 * place a firm there). The nodes whose English name shares the most words
 * with the request (at least one; equal, a plural, a prefix of 4+ letters;
 * a node is read with its parent's name, as "Multi-way valves" under
 * "Hydraulic components" are hydraulic valves; of equal shares, the names
 * with the fewest words the request does not say)
 * (its last word, the head of the phrase, counting twice) give their
 * Chinese name and keywords, added to the request's text; a
 * request with no Latin word is returned as it is. So a search in either
 * language finds the same suppliers.
 */

const STOP = new Set([
  'and',
  'or',
  'of',
  'for',
  'the',
  'a',
  'an',
  'with',
  'to',
  'in',
  'parts',
  'part',
  'products',
  'product',
  'supplier',
  'suppliers',
  'manufacture',
  'manufacturing',
  'other',
]);

const stem = (w: string) =>
  w.replace(/(ies)$/, 'y').replace(/(ses|xes|s)$/, (m) => (m === 's' ? '' : m.slice(0, -2)));

function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/[a-z]+/g) ?? []).filter((w) => w.length >= 3 && !STOP.has(w));
}

function sameWord(a: string, b: string): boolean {
  const x = stem(a);
  const y = stem(b);
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 4 && long.startsWith(short);
}

export function bilingualQuery(text: string, templates: readonly ChainTemplate[]): string {
  const asked = wordsOf(text);
  if (asked.length === 0) return text;
  let best = 0;
  let loosest = Infinity;
  let found: string[] = [];
  for (const t of templates) {
    const byId = new Map(t.nodes.map((n) => [n.id, n]));
    for (const n of t.nodes) {
      const parent = n.parent ? byId.get(n.parent) : undefined;
      const own = new Set(wordsOf(parent ? `${n.nameEn} ${parent.nameEn}` : n.nameEn));
      // The last word is the head of an English noun phrase (hydraulic *valve*): it counts twice.
      const shared = asked.reduce(
        (sum, w, i) =>
          sum + ([...own].some((o) => sameWord(w, o)) ? (i === asked.length - 1 ? 2 : 1) : 0),
        0,
      );
      if (shared === 0 || shared < best) continue;
      // Equal shares go to the tightest name: the fewest words the request does not say.
      const extra = [...own].filter((o) => !asked.some((w) => sameWord(w, o))).length;
      const zh = [n.nameZh, ...n.keywords];
      if (shared > best || extra < loosest) {
        best = shared;
        loosest = extra;
        found = zh;
      } else if (extra === loosest) found.push(...zh);
    }
  }
  if (found.length === 0) return text;
  return [text, ...new Set(found)].join(' ');
}
