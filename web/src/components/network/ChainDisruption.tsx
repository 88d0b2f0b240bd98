import { MarkLegend } from '../chain/MarkLegend.tsx';
import { useState } from 'react';
import { chainApi } from '../../api/chain.ts';
import { networkApi, type ChainDisruptionReport, type NodeShift } from '../../api/network.ts';
import { chainText } from '../../i18n/chain.ts';
import { DisruptionVerdict } from './DisruptionVerdict.tsx';
import { useDictionary } from '../../i18n/dictionary.ts';
import { networkText } from '../../i18n/network.ts';
import { useLang } from '../../lang.tsx';
import { useLoad } from '../../use-load.ts';
import { ChainPicker } from '../chain/ChainPicker.tsx';

const changed = (n: NodeShift) =>
  n.before.status !== n.after.status || n.before.firms !== n.after.firms;

/** Stop a whole chain node of the cluster and compare its panorama before and after. */
export function ChainDisruption(props: { cluster: string; clusterName: string }) {
  const tt = useDictionary(networkText);
  return (
    <section className="disruption" data-testid="chain-disruption">
      <h3>{tt('nodeSimulator')}</h3>
      <p className="muted">{tt('nodeSimulatorHint')}</p>
      <ChainPicker clusterName={props.clusterName}>
        {(chain) => <NodeDisruption key={chain} cluster={props.cluster} chain={chain} />}
      </ChainPicker>
    </section>
  );
}

function NodeDisruption(props: { cluster: string; chain: string }) {
  const { t, name } = useLang();
  const tt = useDictionary(networkText);
  const tc = useDictionary(chainText);
  const template = useLoad(`template|${props.chain}`, () => chainApi.template(props.chain));
  const [node, setNode] = useState('');
  const [report, setReport] = useState<ChainDisruptionReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const nodes = template.data?.nodes ?? [];
  const chosen = node || nodes[0]?.id || '';
  const run = () => {
    setError(null);
    networkApi
      .disruptNode(props.cluster, props.chain, chosen, 0)
      .then(setReport, (e: Error) => setError(e.message));
  };
  if (!template.data) return <p className="muted">{template.error ?? t('loading')}</p>;
  const moved = report?.chain.nodes.filter(changed) ?? [];
  const status = (x: NodeShift['before']) =>
    tt('firmsAt', { n: x.firms, s: tc(`status.${x.status}` as 'status.strong') });
  return (
    <>
      <div className="matching-form">
        <label>
          {tt('node')}
          <select
            value={chosen}
            onChange={(e) => setNode(e.target.value)}
            data-testid="disrupt-node"
          >
            {nodes.map((n) => (
              <option key={n.id} value={n.id}>
                {name(n.nameZh, n.nameEn)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={run} data-testid="disrupt-node-run">
          {tt('simulate')}
        </button>
      </div>
      {error ? <p role="alert">{error}</p> : null}
      {report ? (
        <div data-testid="node-disrupt-result">
          <DisruptionVerdict report={report} />
          <table className="table">
            <thead>
              <tr>
                <th>{tt('node')}</th>
                <th>{tt('before')}</th>
                <th>{tt('after')}</th>
              </tr>
            </thead>
            <tbody>
              {moved.map((n) => (
                <tr key={n.node} data-testid="node-shift" data-after={n.after.status}>
                  <td>
                    {name(n.nameZh, n.nameEn)}
                    {n.critical ? ' ⚠' : ''}
                  </td>
                  <td>{status(n.before)}</td>
                  <td>
                    <strong>{status(n.after)}</strong>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {moved.some((n) => n.critical) ? <MarkLegend /> : null}
          <p className="muted">{tt('noChange')}</p>
        </div>
      ) : null}
    </>
  );
}
