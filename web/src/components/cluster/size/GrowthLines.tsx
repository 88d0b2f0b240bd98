import type { ClusterSize } from '../../../api/cluster-size.ts';
import { useDictionary } from '../../../i18n/dictionary.ts';
import { sizeText } from '../../../i18n/size.ts';
import { formatPercent } from '../../../i18n/common.ts';
import { useLang } from '../../../lang.tsx';
import { Figure } from '../../Figure.tsx';
import { MEASURES } from './size-measures.ts';

/** Growth of each measure's total and of the same organisations, first to last year; withheld said. */
export function GrowthLines({ data }: { data: ClusterSize }) {
  const { lang } = useLang();
  const ts = useDictionary(sizeText);
  const rate = (v: number | null) =>
    v === null ? ts('withheld') : `${v >= 0 ? '+' : ''}${formatPercent(lang, v)}`;
  const anySynthetic = data.years.some((y) => y.employees.synthetic > 0);
  return (
    <ul className="growth" data-testid="growth">
      {MEASURES.map((m) => {
        const g = data.growth[m];
        if (!g) return null;
        return (
          <li key={m}>
            <Figure provenance={ts('basis')} synthetic={anySynthetic}>
              {ts('growthLine', {
                measure: ts(m),
                from: g.from,
                to: g.to,
                total: rate(g.total),
                panel: g.panel,
                panelRate: rate(g.samePanel),
              })}
            </Figure>
          </li>
        );
      })}
    </ul>
  );
}
