import type { NetworkAnswer } from '../../api/network.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { networkText } from '../../i18n/network.ts';
import { formatPercent } from '../../i18n/common.ts';
import { useLang } from '../../lang.tsx';
import { useEvidenceSpeaker } from '../chain/evidence-speaker.ts';

/** The rules the verdict applies, with the thresholds of its checks. */
export function NetworkAssumptions({ data }: { data: NetworkAnswer }) {
  const { lang } = useLang();
  const tt = useDictionary(networkText);
  const speaker = useEvidenceSpeaker();
  const threshold = (figure: string) => {
    const c = data.index.checks.find((k) => k.figure === figure);
    return c ? formatPercent(lang, c.threshold) : '—';
  };
  return (
    <>
      <h4>{tt('assumptions')}</h4>
      <ul className="muted" data-testid="network-assumptions">
        <li>
          {speaker.say('networkedRule', {
            linked: threshold('linkedFirmShare'),
            largest: threshold('largestComponentShare'),
          })}
        </li>
        <li>{speaker.say('densityRule')}</li>
      </ul>
    </>
  );
}
