import { useMemo } from 'react';
import type { NetworkAnswer } from '../../api/network.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { networkText } from '../../i18n/network.ts';
import { useLang } from '../../lang.tsx';
import { organizationHref } from '../../route.ts';
import { EChart } from '../EChart.tsx';
import { KIND_COLOURS, networkGraphOption } from './network-graph-option.ts';

/** The network of members and partners (force layout; a node opens its organisation), with its legend. */
export function NetworkChart({ data }: { data: NetworkAnswer }) {
  const { code } = useLang();
  const tt = useDictionary(networkText);
  const option = useMemo(() => networkGraphOption(data), [data]);
  return (
    <div className="network-chart" data-testid="network-chart">
      <EChart
        option={option}
        height={558}
        testId="network-graph"
        exportName="cluster-network"
        table={{
          name: 'cluster-network-nodes',
          columns: [
            'id',
            'name',
            'kind',
            'member',
            'degree',
            'pagerank',
            'constraint',
            'community',
          ],
          rows: data.nodes.map((n) => [
            n.id,
            n.name,
            n.kind,
            n.member ? 1 : 0,
            n.degree,
            n.pagerank,
            n.constraint,
            n.community,
          ]),
          links: data.nodes.map((n) => organizationHref(n.id)),
        }}
        onClick={(p) => {
          const id = (p.data as { id?: string } | undefined)?.id;
          if (id) window.location.hash = organizationHref(id).slice(1);
        }}
      />
      <div className="legend">
        {Object.entries(KIND_COLOURS).map(([k, c]) => (
          <span key={k}>
            <i className="dot" style={{ background: c }} /> {code('kind', k)}
          </span>
        ))}
        <span className="muted">
          {tt('legendMember')} ● · {tt('legendPartner')} ○
        </span>
      </div>
    </div>
  );
}
