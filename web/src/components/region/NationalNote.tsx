import { useDictionary } from '../../i18n/dictionary.ts';
import { regionSourceText } from '../../i18n/region-source.ts';
import type { MetricAnswer } from '../../types.ts';

/** What lq_national compares with: the national year used, and a measure other than employment. */
export function NationalNote({ lq }: { lq: MetricAnswer }) {
  const tr = useDictionary(regionSourceText);
  const moved = lq.warnings.find((w) => w.code === 'ATLAS_W_REFERENCE_YEAR');
  const year = Number(moved?.details?.year ?? lq.matrix.year ?? 2018);
  const unlike = lq.warnings.some((w) => w.code === 'ATLAS_W_REFERENCE_MEASURE');
  return (
    <span className="muted basis" data-testid="national-note">
      {tr('nationalBasis', { year })}
      {moved
        ? ` · ${tr('nationalYearMoved', { asked: String(moved.details?.requestedYear ?? '') })}`
        : ''}
      {unlike ? ` · ${tr('nationalUnlike')}` : ''}
    </span>
  );
}
