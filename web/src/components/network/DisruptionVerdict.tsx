import type { DisruptionReport } from '../../api/network.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { networkText } from '../../i18n/network.ts';
import { formatQuantity } from '../../format.ts';
import { useLang } from '../../lang.tsx';
import { syntheticText } from '../../i18n/synthetic.ts';
import { SyntheticShareNote } from '../SyntheticShare.tsx';

/**
 * One line: how many firms a disruption hits, how many fail, the output at
 * risk (— when withheld); and how much of the supply network it ran on, and
 * of the firms hit, is synthetic.
 */
export function DisruptionVerdict({ report }: { report: DisruptionReport }) {
  const { lang } = useLang();
  const tt = useDictionary(networkText);
  const ts = useDictionary(syntheticText);
  return (
    <>
      <p>
        {report.firmsHit === 0
          ? tt('noneHit')
          : tt('hit', {
              n: report.firmsHit,
              f: report.firmsFailed,
              o: formatQuantity(lang, report.outputAtRisk, 'yuan10k'),
            })}
        {report.syntheticFirmsHit > 0 ? ` ${ts('supplyHit', { n: report.syntheticFirmsHit })}` : ''}
      </p>
      <SyntheticShareNote mark={report} basis="supply" testId="disrupt-synthetic-share" />
    </>
  );
}
