import { useDictionary } from '../../i18n/dictionary.ts';
import { regionSourceText } from '../../i18n/region-source.ts';
import { formatNumber } from '../../i18n/common.ts';
import { useLang } from '../../lang.tsx';
import type { MatrixInfo } from '../../types.ts';
import { SyntheticBadge } from '../Badges.tsx';
import { SourceText } from '../SourceText.tsx';
import { Share } from './Share.tsx';
import { colon } from '../../i18n/colon.ts';

/** What the matrix is built on: measure, year, regions, industries, population and synthetic share. */
export function MatrixBasis({ info, measureName }: { info: MatrixInfo; measureName: string }) {
  const { t, lang } = useLang();
  const tr = useDictionary(regionSourceText);
  if (info.source === 'statistics') {
    const sources = info.statistics?.sources ?? [];
    return (
      <span className="muted basis" data-testid="matrix-basis">
        {tr('statisticsBasis', {
          measure: measureName,
          year: info.year ?? '',
          regions: info.regions,
          industries: info.industries,
          rows: formatNumber(lang, info.statistics?.rows ?? 0),
        })}
        {sources.length > 0 ? (
          <>
            {' · '}
            {tr('statisticsSources')}
            {colon(lang)}
            <SourceText text={sources.join('; ')} />
          </>
        ) : null}
        {info.syntheticShare !== 0 ? (
          <>
            {' · '}
            {t('syntheticShare')} <Share share={info.syntheticShare} /> <SyntheticBadge />
          </>
        ) : null}
      </span>
    );
  }
  const vars = {
    measure: measureName,
    year: info.year ?? '',
    regions: info.regions,
    industries: info.industries,
    organizations: formatNumber(lang, info.organizations),
  };
  return (
    <span className="muted basis" data-testid="matrix-basis">
      {t(info.year === null ? 'countBasis' : 'matrixBasis', vars)}
      {info.population === 'listed' ? (
        <>
          {' · '}
          <strong className="listed-only" title={t('listedOnlyNote')} data-testid="listed-only">
            {t('listedOnly')}
          </strong>
        </>
      ) : null}
      {info.syntheticOrganizations > 0 ? (
        <>
          {' · '}
          {t('syntheticShare')} <Share share={info.syntheticShare} /> <SyntheticBadge />
        </>
      ) : null}
    </span>
  );
}
