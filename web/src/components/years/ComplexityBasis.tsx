import type { ComplexityYears } from '../../api/complexity-years.ts';
import { formatQuantity } from '../../format.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { timeSliderText } from '../../i18n/time-slider.ts';
import type { Key } from '../../i18n/common.ts';
import { useLang } from '../../lang.tsx';

/** Where the complexity figures by year come from: the source, measure, years, cited tables, synthetic share. */
export function ComplexityBasis(props: { data: ComplexityYears }) {
  const { t, lang } = useLang();
  const tt = useDictionary(timeSliderText);
  const d = props.data;
  const sources = [...new Set(d.basis.flatMap((b) => b.sources))];
  const synthetic = d.basis.filter((b) => b.syntheticOrganizations > 0);
  const share = synthetic.map((b) => b.syntheticShare).find((s) => s !== null);
  return (
    <p className="muted" data-testid="years-basis">
      {tt('basis', {
        source: d.source === 'statistics' ? tt('sourceStats') : tt('sourceOrgs'),
        measure: t(`measure.${d.measure}` as Key),
        years: d.years.join(', '),
      })}
      {sources.length > 0 ? ` ${sources.join('; ')}.` : ''}
      {synthetic.length > 0
        ? ` ${tt('synthetic', { share: share == null ? '—' : formatQuantity(lang, share, 'share') })}`
        : ''}
    </p>
  );
}
