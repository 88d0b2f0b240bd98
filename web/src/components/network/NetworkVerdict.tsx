import type { NetworkAnswer } from '../../api/network.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { networkText } from '../../i18n/network.ts';
import { formatPercent } from '../../i18n/common.ts';
import { useLang } from '../../lang.tsx';
import { useNetworkFigure } from './use-network-figure.tsx';
import { colon } from '../../i18n/colon.ts';

/** The 集而不群 verdict and the checks behind it, or why there is too little to judge. */
export function NetworkVerdict({ data }: { data: NetworkAnswer }) {
  const { lang } = useLang();
  const tt = useDictionary(networkText);
  const { pct } = useNetworkFigure(data);
  const x = data.index;
  return (
    <>
      <h3 data-testid="network-verdict" className={`verdict verdict-${x.verdict}`}>
        {tt('verdict')}
        {colon(lang)}
        {lang === 'en' ? x.verdictLabel.en : x.verdictLabel.zh}
      </h3>
      {/* Too little to judge: the figures stay, the checks' pass/fail (a verdict in parts) goes. */}
      {x.insufficient ? (
        <p className="muted" data-testid="network-insufficient">
          {x.insufficient.reason === 'too_few_firms'
            ? tt('tooFewFirms', { n: x.firms, min: x.insufficient.minFirms })
            : tt('noTiesRecorded')}
        </p>
      ) : null}
      <ul className="checks" hidden={Boolean(x.insufficient)}>
        {x.checks.map((c) => (
          <li key={c.figure} className={c.passed ? 'passed' : 'failed'}>
            {lang === 'en' ? c.label.en : c.label.zh}
            {colon(lang)}
            <b>{pct(c.value)}</b>
            {lang === 'en' ? ' (' : '（'}
            {tt('threshold', { t: formatPercent(lang, c.threshold) })}
            {lang === 'en' ? ', ' : '，'}
            {c.passed ? tt('passed') : tt('failed')}
            {lang === 'en' ? ')' : '）'}
          </li>
        ))}
      </ul>
    </>
  );
}
