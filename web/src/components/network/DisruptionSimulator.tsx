import { useState } from 'react';
import { networkApi, type DisruptionReport, type NetworkAnswer } from '../../api/network.ts';
import { DisruptionVerdict } from './DisruptionVerdict.tsx';
import { useDictionary } from '../../i18n/dictionary.ts';
import { networkText } from '../../i18n/network.ts';
import { formatPercent } from '../../i18n.ts';
import { useLang } from '../../lang.tsx';
import { useEvidenceSpeaker } from '../chain/evidence-speaker.ts';
import { organizationHref } from '../../route.ts';
import { SyntheticBadge } from '../Badges.tsx';

/** Stop one of the cluster's organisations and see who loses what (GET /api/resilience). */
export function DisruptionSimulator(props: { network: NetworkAnswer }) {
  const { lang } = useLang();
  const tt = useDictionary(networkText);
  const speaker = useEvidenceSpeaker();
  const members = props.network.nodes.filter((n) => n.member && n.kind === 'enterprise');
  const [remove, setRemove] = useState(members[0]?.id ?? '');
  const [buffer, setBuffer] = useState(0);
  const [report, setReport] = useState<DisruptionReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = () => {
    setError(null);
    networkApi.disrupt(remove, buffer).then(setReport, (e: Error) => setError(e.message));
  };
  return (
    <section className="disruption" data-testid="disruption">
      <h3>{tt('simulator')}</h3>
      <p className="muted">{tt('simulatorHint')}</p>
      <div className="matching-form">
        <label>
          {tt('supplier')}
          <select
            value={remove}
            onChange={(e) => setRemove(e.target.value)}
            data-testid="disrupt-org"
          >
            {members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {tt('buffer')}
          <input
            type="number"
            min={0}
            max={365}
            value={buffer}
            onChange={(e) => setBuffer(Number(e.target.value))}
          />
        </label>
        <button type="button" onClick={run} data-testid="disrupt-run">
          {tt('simulate')}
        </button>
      </div>
      {error ? <p role="alert">{error}</p> : null}
      {report ? (
        <div data-testid="disrupt-result">
          <DisruptionVerdict report={report} />
          <ul>
            {report.hits.map((h) => (
              <li key={h.organization}>
                <a href={organizationHref(h.organization)}>{h.name}</a>{' '}
                {h.synthetic ? <SyntheticBadge /> : null}{' '}
                <span className="muted">
                  {tt('lossShare', { p: formatPercent(lang, h.loss) })}
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
      ) : null}
    </section>
  );
}
