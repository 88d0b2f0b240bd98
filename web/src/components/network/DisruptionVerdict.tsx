import type { DisruptionReport } from '../../api/network.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { networkText } from '../../i18n/network.ts';
import { formatNumber } from '../../i18n.ts';
import { useLang } from '../../lang.tsx';

/** One line: how many firms a disruption hits, how many fail, the output at risk (— when withheld). */
export function DisruptionVerdict({ report }: { report: DisruptionReport }) {
  const { lang } = useLang();
  const tt = useDictionary(networkText);
  return (
    <p>
      {report.firmsHit === 0
        ? tt('noneHit')
        : tt('hit', {
            n: report.firmsHit,
            f: report.firmsFailed,
            o: report.outputAtRisk === null ? '—' : formatNumber(lang, report.outputAtRisk),
          })}
    </p>
  );
}
