import { useState } from 'react';
import { networkApi, type DisruptionReport, type NetworkAnswer } from '../../api/network.ts';
import { DisruptionResult } from './DisruptionResult.tsx';
import { useDictionary } from '../../i18n/dictionary.ts';
import { networkText } from '../../i18n/network.ts';

/** Stop one of the cluster's organisations and see who loses what (GET /api/resilience). */
export function DisruptionSimulator(props: { network: NetworkAnswer }) {
  const tt = useDictionary(networkText);
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
      {report ? <DisruptionResult report={report} /> : null}
    </section>
  );
}
