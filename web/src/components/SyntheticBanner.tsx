import { formatNumber, formatPercent } from '../i18n/common.ts';
import { useDictionary } from '../i18n/dictionary.ts';
import { syntheticText } from '../i18n/synthetic.ts';
import { useLang } from '../lang.tsx';
import type { Stats } from '../types.ts';

/**
 * The lasting banner of an atlas that holds synthetic records (after `atlas
 * generate --into`): on every page and on paper, their share of the
 * organisations as /api/stats counts it. Nothing when there are none.
 */
export function SyntheticBanner({ stats }: { stats: Stats | null }) {
  const { lang } = useLang();
  const ts = useDictionary(syntheticText);
  if (!stats || stats.synthetic_organizations <= 0) return null;
  return (
    <div
      className="synthetic-banner"
      role="status"
      data-testid="synthetic-banner"
      data-share={stats.syntheticShare}
      title={ts('bannerTitle')}
    >
      {ts('banner', {
        share: formatPercent(lang, stats.syntheticShare),
        n: formatNumber(lang, stats.synthetic_organizations),
        total: formatNumber(lang, stats.organizations),
      })}
    </div>
  );
}
