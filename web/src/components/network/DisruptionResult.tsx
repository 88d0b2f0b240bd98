import type { DisruptionReport } from '../../api/network.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { networkText } from '../../i18n/network.ts';
import { formatPercent } from '../../i18n/common.ts';
import { useLang } from '../../lang.tsx';
import { isWithheld, withheldLabel } from '../../withheld.ts';
import { organizationHref } from '../../route.ts';
import { SyntheticBadge } from '../Badges.tsx';
import { useEvidenceSpeaker } from '../chain/evidence-speaker.ts';
import { DisruptionVerdict } from './DisruptionVerdict.tsx';

/** What a supplier stopping does: the verdict, the customers hit with their loss, products without backup, assumptions. */
export function DisruptionResult({ report }: { report: DisruptionReport }) {
  const { lang } = useLang();
  const tt = useDictionary(networkText);
  const speaker = useEvidenceSpeaker();
  return (
    <div data-testid="disrupt-result">
      <DisruptionVerdict report={report} />
      <ul>
        {report.hits.map((h) => (
          <li key={h.organization}>
            <a href={organizationHref(h.organization)}>{h.name}</a>{' '}
            {h.synthetic ? <SyntheticBadge /> : null}{' '}
            <span className="muted">
              {tt('lossShare', {
                // A firm's loss is its own figure: withheld (null) from other viewers.
                p: isWithheld(h.loss) ? withheldLabel(lang) : formatPercent(lang, h.loss),
              })}
              {h.failed ? ` · ${tt('cascade')}` : ''}
            </span>
          </li>
        ))}
      </ul>
      {report.noBackupBase.length ? (
        <p className="muted">
          {tt('noBackup', { list: report.noBackupBase.map((x) => x.product).join('、') })}
        </p>
      ) : null}
      <ul className="muted" data-testid="disrupt-assumptions">
        <li>{speaker.say('disruption.anySupplier')}</li>
        <li>
          {speaker.say('disruption.failAt', {
            failAt: formatPercent(lang, report.options.failAt),
          })}
        </li>
        <li>{speaker.say('disruption.unvalued')}</li>
      </ul>
    </div>
  );
}
