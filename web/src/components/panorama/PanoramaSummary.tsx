import { SyntheticBadge } from '../Badges.tsx';
import { Figure } from '../Figure.tsx';
import type { PanoramaAnswer } from '../../api/chain.ts';
import { chainText } from '../../i18n/chain.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { formatPercent } from '../../i18n/common.ts';
import { useLang } from '../../lang.tsx';

/** Completeness and coverage with their basis, the nodes by status, the synthetic share. */
export function PanoramaSummary({ shown }: { shown: PanoramaAnswer }) {
  const { lang, name } = useLang();
  const tt = useDictionary(chainText);
  const p = shown.panorama;
  const basis = tt('completenessBasis', {
    template: name(p.template.nameZh, p.template.nameEn),
    version: p.template.version,
    weights: Object.entries((p.options.statusWeights as Record<string, number> | undefined) ?? {})
      .map(([k, w]) => `${tt(`status.${k}` as 'status.strong')} ${w}`)
      .join(', '),
    synthetic: shown.syntheticShare
      ? ` · ${tt('syntheticShare', { p: formatPercent(lang, shown.syntheticShare) })}`
      : '',
  });
  return (
    <div className="panorama-summary" data-testid="panorama-summary">
      <span>
        {tt('completeness')}{' '}
        <Figure provenance={basis} synthetic={Boolean(shown.syntheticShare)}>
          <b>{formatPercent(lang, p.completeness)}</b>
        </Figure>
      </span>
      <span>
        {tt('coverage')}{' '}
        <Figure provenance={basis} synthetic={Boolean(shown.syntheticShare)}>
          <b>{formatPercent(lang, p.coverage)}</b>
        </Figure>
      </span>
      {(['strong', 'present', 'weak', 'missing'] as const).map((s) => (
        <span key={s} className={`status-chip status-${s}`}>
          {tt(`status.${s}`)} {p.byStatus[s] ?? 0}
        </span>
      ))}
      {shown.syntheticShare ? (
        <span>
          <SyntheticBadge />{' '}
          {tt('syntheticShare', { p: formatPercent(lang, shown.syntheticShare) })}
        </span>
      ) : null}
    </div>
  );
}
