import type { IndicatorValue } from '../../store/indicators.ts';
import type { WorldCluster, WorldFile } from '../../store/world-reference.ts';

/**
 * Chinese clusters and world clusters side by side on their figures: one row
 * per figure any of them has (in the order of the figure list), one cell per
 * subject — its value with unit, year, scope and source, or missing. A row is
 * `shared` when some Chinese and some world subject both have it; a
 * subject's `missing` names the table's figures it lacks. Nothing is
 * estimated: a figure no source gives stays missing.
 */
export interface Cell {
  subject: string;
  value: number | null;
  bound: 'exact' | 'lower' | 'approx' | null;
  unit: string | null;
  year: number | null;
  scopeZh: string | null;
  scopeEn: string | null;
  source: string | null;
  quote: string | null;
  missing: boolean;
}

export interface Row {
  figure: string;
  nameZh: string;
  nameEn: string;
  unit: string;
  shared: boolean;
  cells: Cell[];
}

const MISSING = (subject: string): Cell => ({
  subject,
  value: null,
  bound: null,
  unit: null,
  year: null,
  scopeZh: null,
  scopeEn: null,
  source: null,
  quote: null,
  missing: true,
});

const boundOf = (note: string | undefined): Cell['bound'] =>
  note && /lower bound|over /i.test(note)
    ? 'lower'
    : note && /approx/i.test(note)
      ? 'approx'
      : 'exact';

function chinaCell(subject: string, v: IndicatorValue): Cell {
  return {
    subject,
    value: v.value,
    bound: boundOf(v.provenance.note),
    unit: v.unit ?? null,
    year: v.year ?? null,
    scopeZh: null,
    scopeEn: null,
    source: v.provenance.source ?? null,
    quote: v.provenance.note ?? null,
    missing: v.value === null,
  };
}

function worldCell(
  c: WorldCluster,
  f: WorldCluster['facts'][number],
  cite: Map<string, string>,
): Cell {
  return {
    subject: c.id,
    value: f.value,
    bound: f.bound,
    unit: f.unit,
    year: f.year,
    scopeZh: f.scopeZh,
    scopeEn: f.scopeEn,
    source: cite.get(f.source) ?? f.source,
    quote: f.quote,
    missing: false,
  };
}

export function figureTable(
  china: readonly { id: string; indicators: readonly IndicatorValue[] }[],
  world: readonly WorldCluster[],
  file: WorldFile,
): { rows: Row[]; missing: Map<string, string[]> } {
  const cite = new Map(file.sources.map((s) => [s.id, s.citation]));
  const present = new Set([
    ...china.flatMap((c) => c.indicators.map((v) => v.indicator)),
    ...world.flatMap((w) => w.facts.map((f) => f.figure)),
  ]);
  const known = file.figures.filter((f) => present.has(f.id));
  const unknown = [...present]
    .filter((id) => !file.figures.some((f) => f.id === id))
    .map((id) => ({ id, nameZh: id, nameEn: id, unit: '' }));
  const missing = new Map<string, string[]>();
  const rows = [...known, ...unknown].map((f) => {
    const cells: Cell[] = [];
    for (const c of china) {
      const v = c.indicators.find((i) => i.indicator === f.id && i.value !== null);
      cells.push(v ? chinaCell(c.id, v) : MISSING(c.id));
    }
    for (const w of world) {
      const fact = w.facts.find((x) => x.figure === f.id);
      cells.push(fact ? worldCell(w, fact, cite) : MISSING(w.id));
    }
    for (const cell of cells)
      if (cell.missing) missing.set(cell.subject, [...(missing.get(cell.subject) ?? []), f.id]);
    const has = (ids: Set<string>) => cells.some((x) => !x.missing && ids.has(x.subject));
    const shared = has(new Set(china.map((c) => c.id))) && has(new Set(world.map((w) => w.id)));
    return { figure: f.id, nameZh: f.nameZh, nameEn: f.nameEn, unit: f.unit, shared, cells };
  });
  return { rows, missing };
}
