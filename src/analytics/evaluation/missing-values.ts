/**
 * Missing-value rules: explicit, and reported.
 *
 * Rules   drop-alternative  remove every alternative with a missing value;
 *         drop-indicator    remove every indicator with a missing value;
 *         fill-min | fill-mean | fill-median  replace a missing x_ij by the
 *                           min / mean / median of column j's present values
 *                           (fill-min is the pessimistic choice for a benefit
 *                           indicator; for a cost indicator it is optimistic);
 *         fill-worst        the column's worst value by direction;
 *         zero              replace by 0;
 *         refuse            throw when anything is missing.
 * Report  every rule returns which cells were filled (with the value used)
 *         and which alternatives or indicators were dropped, plus an
 *         ATLAS_W_MISSING_VALUES warning when it changed anything.
 * Edge    an indicator with no value at all cannot be filled: fill rules
 *         refuse it (ATLAS_E_EVALUATION_INPUT) naming the indicator; nothing
 *         left after dropping is refused too.
 * Cost    O(m·n + m log m per filled column).
 */
import { AtlasError, warning, type AtlasWarning } from '../../core/errors.ts';
import { column, type DecisionMatrix, type Direction } from './decision-matrix.ts';

export type MissingRule =
  | 'drop-alternative'
  | 'drop-indicator'
  | 'fill-min'
  | 'fill-mean'
  | 'fill-median'
  | 'fill-worst'
  | 'zero'
  | 'refuse';
export const MISSING_RULES: readonly MissingRule[] = [
  'drop-alternative',
  'drop-indicator',
  'fill-min',
  'fill-mean',
  'fill-median',
  'fill-worst',
  'zero',
  'refuse',
];

export interface MissingReport {
  rule: MissingRule;
  filled: { alternative: string; indicator: string; value: number }[];
  droppedAlternatives: string[];
  droppedIndicators: string[];
}

export interface MissingResult {
  matrix: DecisionMatrix;
  /** Index in the input of each kept indicator (to carry directions and weights along). */
  keptIndicators: number[];
  keptAlternatives: number[];
  report: MissingReport;
  warnings: AtlasWarning[];
}

export function applyMissingRule(
  dm: DecisionMatrix,
  rule: MissingRule,
  directions?: readonly Direction[],
): MissingResult {
  const m = dm.alternatives.length;
  const n = dm.indicators.length;
  const miss = (i: number, j: number) => Number.isNaN(dm.values[i * n + j]);
  const report: MissingReport = {
    rule,
    filled: [],
    droppedAlternatives: [],
    droppedIndicators: [],
  };
  let keptA = [...Array(m).keys()];
  let keptI = [...Array(n).keys()];
  const values = Float64Array.from(dm.values);

  const cells: [number, number][] = [];
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) if (miss(i, j)) cells.push([i, j]);

  if (cells.length > 0) {
    if (rule === 'refuse') {
      const [i, j] = cells[0];
      throw new AtlasError(
        'ATLAS_E_EVALUATION_INPUT',
        `${cells.length} missing value(s), first ${dm.alternatives[i]} × ${dm.indicators[j]}; choose a missing-value rule`,
        { missing: cells.map(([a, b]) => [dm.alternatives[a], dm.indicators[b]]) },
      );
    } else if (rule === 'drop-alternative') {
      const bad = new Set(cells.map(([i]) => i));
      keptA = keptA.filter((i) => !bad.has(i));
      report.droppedAlternatives = [...bad].sort((a, b) => a - b).map((i) => dm.alternatives[i]);
    } else if (rule === 'drop-indicator') {
      const bad = new Set(cells.map(([, j]) => j));
      keptI = keptI.filter((j) => !bad.has(j));
      report.droppedIndicators = [...bad].sort((a, b) => a - b).map((j) => dm.indicators[j]);
    } else {
      const fill = new Map<number, number>();
      for (const [i, j] of cells) {
        if (!fill.has(j)) fill.set(j, fillValue(dm, j, rule, directions?.[j] ?? 'benefit'));
        const v = fill.get(j) as number;
        values[i * n + j] = v;
        report.filled.push({
          alternative: dm.alternatives[i],
          indicator: dm.indicators[j],
          value: v,
        });
      }
    }
  }
  if (keptA.length === 0 || keptI.length === 0) {
    throw new AtlasError(
      'ATLAS_E_EVALUATION_INPUT',
      `nothing left after rule ${rule}: every ${keptA.length === 0 ? 'alternative' : 'indicator'} has a missing value`,
      { rule },
    );
  }
  const out = new Float64Array(keptA.length * keptI.length);
  keptA.forEach((i, a) => keptI.forEach((j, b) => (out[a * keptI.length + b] = values[i * n + j])));
  const warnings: AtlasWarning[] =
    cells.length > 0
      ? [
          warning(
            'ATLAS_W_MISSING_VALUES',
            `${cells.length} missing value(s) handled by rule ${rule}`,
            report as unknown as Record<string, unknown>,
          ),
        ]
      : [];
  return {
    matrix: {
      alternatives: keptA.map((i) => dm.alternatives[i]),
      indicators: keptI.map((j) => dm.indicators[j]),
      values: out,
    },
    keptAlternatives: keptA,
    keptIndicators: keptI,
    report,
    warnings,
  };
}

function fillValue(dm: DecisionMatrix, j: number, rule: MissingRule, dir: Direction): number {
  if (rule === 'zero') return 0;
  const present = [...column(dm, j)].filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (present.length === 0) {
    throw new AtlasError(
      'ATLAS_E_EVALUATION_INPUT',
      `indicator ${dm.indicators[j]} has no value at all: rule ${rule} cannot fill it`,
      { indicator: dm.indicators[j], rule },
    );
  }
  const k = present.length;
  switch (rule) {
    case 'fill-min':
      return present[0];
    case 'fill-worst':
      return dir === 'cost' ? present[k - 1] : present[0];
    case 'fill-mean':
      return present.reduce((s, v) => s + v, 0) / k;
    case 'fill-median':
      return k % 2 ? present[(k - 1) / 2] : (present[k / 2 - 1] + present[k / 2]) / 2;
    default:
      throw new AtlasError('ATLAS_E_INTERNAL', `not a fill rule: ${rule}`);
  }
}
