/**
 * Builds the bundled chain templates (data/chains/*.json) from the specs in
 * scripts/build-chains/specs/*.chain, and attaches to every edge what the
 * national input-output table says about it.
 *
 * A spec is line-based text (one line per node, per edge group), so that a
 * template of 60 nodes stays readable and diffable:
 *   template: ID · nameZh: · nameEn: · version: · description: · descriptionZh:
 *   source: ID | citation | file (relative to ../shared, optional)
 *   N id | stage (up|mid|down|sup) | four bases (-|comp|mat|test|proc) | parent (-) |
 *     GB/T 4754-2017 codes (space-separated) | nameZh | nameEn | keywords (、) | products in English (;)
 *   Q id | source | quote          the node cites a source in its own words (verified)
 *   EQ from > to | source | quote  the edge cites a source in its own words (verified)
 *   C id | source | quote | reason | reasonZh   a choke point (卡脖子) that the source names
 *   I id | codes                   sets the GB/T 4754-2017 codes of a node of the base
 *   P id | products in English (;) sets the typical products of a node of the base
 *   E from > to to …               from feeds each to
 * When data/chains/ID.json exists it is the base: nodes and edges of the spec
 * are upserted by id and by (from, to), the rest of the file is kept, so a
 * re-run changes nothing.
 *
 * Edge evidence (io-evidence.ts): an edge that cites a source in its own
 * words (a seed, a national standard) keeps it. Any other edge is read
 * against the national input-output tables, newest first; the first table in
 * which the input or the output share between two different sectors of its
 * ends reaches 0.01 is cited as `nbs-io-YEAR` (verified) with both shares. An
 * edge no table supports is unverified, with the 2020 reading as its note:
 * a gap in the evidence, never filled by guess.
 *
 * Run: npx tsx scripts/build-chains/build.ts [ID …]
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateTemplate } from '../../src/analytics/chain/validate-template.ts';
import type { ChainTemplateInput } from '../../src/core/model/chain-template.ts';
import { loadIndustries } from '../../src/store/reference.ts';
import { IO_TABLES, MIN_SHARE, edgeIoVerdicts } from './io-evidence.ts';

const SPECS = 'scripts/build-chains/specs';
const OUT = 'data/chains';
const GENERAL = {
  id: 'general',
  citation: 'general industry knowledge, unverified',
  verified: false,
};
const STAGES: Record<string, string> = {
  up: 'upstream',
  mid: 'midstream',
  down: 'downstream',
  sup: 'support',
};
const BASES: Record<string, string> = {
  '-': 'none',
  comp: 'core_components',
  mat: 'key_materials',
  test: 'testing_equipment',
  proc: 'basic_processes',
};

type Node = ChainTemplateInput['nodes'][number];
type Edge = NonNullable<ChainTemplateInput['edges']>[number];

const fail = (file: string, line: number, why: string): never => {
  throw new Error(`${file}:${line}: ${why}`);
};

function parseNode(cells: string[], file: string, ln: number): Node {
  if (cells.length !== 9) fail(file, ln, `a node needs 9 cells, has ${cells.length}`);
  const [id, st, fb, parent, codes, nameZh, nameEn, kw, en] = cells;
  const stage = STAGES[st] ?? fail(file, ln, `unknown stage ${st}`);
  const fourBases = BASES[fb] ?? fail(file, ln, `unknown four-bases ${fb}`);
  const products = en
    .split(';')
    .map((x) => x.trim())
    .filter(Boolean);
  return {
    id,
    nameZh,
    nameEn,
    stage: stage as Node['stage'],
    ...(parent !== '-' ? { parent } : {}),
    fourBases: fourBases as Node['fourBases'],
    industries: codes.split(/\s+/).filter(Boolean),
    keywords: kw.split('、').filter(Boolean),
    ...(products.length ? { productsEn: products } : {}),
    source: 'general',
    verified: false,
  };
}

function upsert<T>(list: T[], item: T, same: (a: T) => boolean): void {
  const at = list.findIndex(same);
  if (at >= 0) list[at] = { ...list[at], ...item };
  else list.push(item);
}

/** Applies a spec to its base template (or a new one). */
function applySpec(file: string, text: string): ChainTemplateInput {
  const head: Record<string, string> = {};
  const lines = text.split('\n');
  for (const l of lines) {
    const m = /^(template|nameZh|nameEn|version|description|descriptionZh):\s*(.+)$/.exec(l);
    if (m) head[m[1]] = m[2].trim();
  }
  const id = head.template ?? fail(file, 1, 'no template: line');
  const basePath = join(OUT, `${id}.json`);
  const t: ChainTemplateInput = existsSync(basePath)
    ? (JSON.parse(readFileSync(basePath, 'utf8')) as ChainTemplateInput)
    : { id, nameZh: '', nameEn: '', version: '1.0.0', sources: [], nodes: [], edges: [] };
  for (const k of ['nameZh', 'nameEn', 'version', 'description', 'descriptionZh'] as const)
    if (head[k]) t[k] = head[k];
  t.edges ??= [];
  for (const s of [GENERAL]) upsert(t.sources, s, (x) => x.id === s.id);
  lines.forEach((l, i) => applyLine(t, l.trim(), file, i + 1));
  return t;
}

function applyLine(t: ChainTemplateInput, l: string, file: string, ln: number): void {
  const cells = (s: string) => s.split('|').map((x) => x.trim());
  if (l.startsWith('source:')) {
    const [sid, citation, f] = cells(l.slice(7));
    upsert(
      t.sources,
      { id: sid, citation, ...(f ? { file: f } : {}), verified: true },
      (x) => x.id === sid,
    );
  } else if (l.startsWith('N ')) {
    const n = parseNode(cells(l.slice(2)), file, ln);
    const old = t.nodes.find((x) => x.id === n.id);
    // A node the base already cites from a seed keeps its source and quote.
    if (old && old.source !== 'general')
      Object.assign(n, { source: old.source, quote: old.quote, verified: old.verified });
    const at = t.nodes.findIndex((x) => x.id === n.id);
    if (at >= 0) t.nodes[at] = n;
    else t.nodes.push(n);
  } else if (l.startsWith('Q ')) {
    const [nid, source, quote] = cells(l.slice(2));
    const n = t.nodes.find((x) => x.id === nid) ?? fail(file, ln, `no node ${nid}`);
    Object.assign(n, { source, quote, verified: true });
  } else if (l.startsWith('P ')) {
    const [nid, en] = cells(l.slice(2));
    const n = t.nodes.find((x) => x.id === nid) ?? fail(file, ln, `no node ${nid}`);
    n.productsEn = en
      .split(';')
      .map((x) => x.trim())
      .filter(Boolean);
  } else if (l.startsWith('I ')) {
    const [nid, codes] = cells(l.slice(2));
    const n = t.nodes.find((x) => x.id === nid) ?? fail(file, ln, `no node ${nid}`);
    n.industries = codes.split(/\s+/).filter(Boolean);
  } else if (l.startsWith('C ')) {
    const [nid, source, quote, reason, reasonZh] = cells(l.slice(2));
    const n = t.nodes.find((x) => x.id === nid) ?? fail(file, ln, `no node ${nid}`);
    n.critical = { reason, reasonZh, source, verified: true, quote };
  } else if (l.startsWith('EQ ')) {
    const [pair, source, quote] = cells(l.slice(3));
    const [from, to] = pair.split('>').map((x) => x.trim());
    upsert(
      t.edges!,
      { from, to, source, quote, verified: true },
      (e) => e.from === from && e.to === to,
    );
  } else if (l.startsWith('E ')) {
    const [from, tos] = l
      .slice(2)
      .split('>')
      .map((x) => x.trim());
    for (const to of tos.split(/\s+/).filter(Boolean))
      if (!t.edges!.some((e) => e.from === from && e.to === to))
        t.edges!.push({ from, to, source: 'general', verified: false });
  }
}

const ioSource = (year: number) => ({
  id: `nbs-io-${year}`,
  citation: `国家统计局《${year}年中国投入产出表》· National Bureau of Statistics of China, input-output table of China ${year} (data/io; input share a_ij or share of supply s_ij ≥ ${MIN_SHARE} between two different sectors)`,
  verified: true,
});

/** Writes the IO evidence into every edge that does not cite a source's own words. */
function attachIo(t: ChainTemplateInput, codes: ReadonlySet<string>): void {
  const parsed = validateTemplate(t, `${OUT}/${t.id}.json`, { industryCodes: codes });
  const verdicts = edgeIoVerdicts(parsed);
  const years = new Set<number>();
  t.edges = (t.edges ?? []).map((e, k): Edge => {
    const { finding: f, reason } = verdicts[k];
    const ioOut = f
      ? {
          table: f.table,
          year: f.year,
          supplier: f.supplier,
          buyer: f.buyer,
          coefficient: f.coefficient,
          outputShare: f.outputShare,
          sameSector: f.sameSector,
          basis: f.basis,
        }
      : undefined;
    const base: Edge = { from: e.from, to: e.to, source: e.source, verified: e.verified };
    if (e.quote) base.quote = e.quote;
    if (e.quote && e.verified) return ioOut ? { ...base, io: ioOut } : base;
    if (f && f.basis !== 'none') {
      years.add(f.year);
      return { from: e.from, to: e.to, source: `nbs-io-${f.year}`, verified: true, io: ioOut };
    }
    const out: Edge = { from: e.from, to: e.to, source: 'general', verified: false };
    if (ioOut) out.io = ioOut;
    out.note = `unverified: ${reason}; no table of ${IO_TABLES.map(([y]) => y).join(', ')} reaches ${MIN_SHARE} in either share`;
    return out;
  });
  t.sources = t.sources.filter((s) => !/^nbs-io-\d{4}$/.test(s.id));
  for (const y of [...years].sort((p, q) => q - p)) t.sources.push(ioSource(y));
}

function main(only: string[]): void {
  const codes = new Set(loadIndustries().map((i) => i.code));
  const files = readdirSync(SPECS)
    .filter((f) => f.endsWith('.chain'))
    .sort();
  for (const f of files) {
    const t = applySpec(f, readFileSync(join(SPECS, f), 'utf8'));
    if (only.length && !only.includes(t.id)) continue;
    attachIo(t, codes);
    validateTemplate(t, `${OUT}/${t.id}.json`, { industryCodes: codes });
    writeFileSync(join(OUT, `${t.id}.json`), `${JSON.stringify(t, null, 2)}\n`);
    const ok = t.edges!.filter((e) => e.verified).length;
    process.stdout.write(
      `${t.id} ${t.version}: ${t.nodes.length} nodes, ${t.edges!.length} edges, ${ok} with evidence\n`,
    );
  }
}

main(process.argv.slice(2));
