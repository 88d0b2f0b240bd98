import type { NetworkAnswer } from '../../api/network.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { networkText } from '../../i18n/network.ts';
import { reportsText } from '../../i18n/reports.ts';
import { formatPercent } from '../../i18n/common.ts';
import { useLang } from '../../lang.tsx';
import { SyntheticShareNote } from '../SyntheticShare.tsx';

/** The report's network verdict with its checks' figures, or why there is none. */
export function ReportNetwork({ network }: { network: NetworkAnswer }) {
  const { lang } = useLang();
  const tr = useDictionary(reportsText);
  const tn = useDictionary(networkText);
  if (network.status === 'judged') {
    return (
      <>
        <h2>{tr('network')}</h2>
        <p data-testid="report-verdict">
          {lang === 'en' ? network.index.verdictLabel.en : network.index.verdictLabel.zh}
          {' · '}
          {network.index.checks
            .map(
              (x) =>
                `${lang === 'en' ? x.label.en : x.label.zh} ${x.value === null ? '—' : formatPercent(lang, x.value)}`,
            )
            .join(' · ')}
        </p>
        <SyntheticShareNote mark={network} basis="members" testId="report-network-synthetic" />
      </>
    );
  }
  return (
    <>
      <h2>{tr('network')}</h2>
      {/* Too little to judge: said so, never a verdict drawn from nothing. */}
      <p data-testid="report-verdict">
        {network.status === 'no_members'
          ? tn('noMembers')
          : network.status === 'too_few_firms'
            ? tn('tooFewFirms', {
                n: network.index.firms,
                min: network.index.insufficient?.minFirms ?? 3,
              })
            : tn('noTiesRecorded')}
      </p>
    </>
  );
}
