import { SyntheticBadge } from '../Badges.tsx';
import { formatNumber } from '../../i18n/common.ts';
import { useLang } from '../../lang.tsx';
import type { Stats } from '../../types.ts';

/** The header's counts of clusters, organisations and links, synthetic ones marked. */
export function HeaderStats(props: { stats: Stats | null }) {
  const { t, lang } = useLang();
  const stats = props.stats;
  // The same box before the figures come, so the header does not jump.
  if (!stats) return <div className="stats" aria-hidden="true" />;
  return (
    <div className="stats" data-testid="stats">
      <span>
        {t('clusters')} <b>{formatNumber(lang, stats.clusters)}</b>
      </span>
      <span>
        {t('organizations')} <b>{formatNumber(lang, stats.organizations)}</b>
        {stats.synthetic_organizations > 0 ? (
          <SyntheticBadge count={stats.synthetic_organizations} />
        ) : null}
      </span>
      <span>
        {t('links')} <b>{formatNumber(lang, stats.links)}</b>
        {stats.synthetic_links > 0 ? <SyntheticBadge count={stats.synthetic_links} /> : null}
      </span>
    </div>
  );
}
