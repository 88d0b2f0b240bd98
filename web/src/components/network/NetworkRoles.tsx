import type { NetworkAnswer } from '../../api/network.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { networkText } from '../../i18n/network.ts';
import { organizationHref } from '../../route.ts';
import { DataText } from '../SourceText.tsx';

/** Who holds the network: the most central, the brokers (lowest constraint) and the research partners. */
export function NetworkRoles({ data }: { data: NetworkAnswer }) {
  const tt = useDictionary(networkText);
  return (
    <div className="network-lists">
      <div>
        <h4>{tt('central')}</h4>
        <ol data-testid="central">
          {[...data.nodes]
            .sort((a, b) => b.pagerank - a.pagerank)
            .slice(0, 5)
            .map((n) => (
              <li key={n.id}>
                <a href={organizationHref(n.id)}>
                  <DataText text={n.name} />
                </a>{' '}
                <span className="muted">{n.pagerank.toFixed(3)}</span>
              </li>
            ))}
        </ol>
      </div>
      <div>
        <h4>{tt('brokers')}</h4>
        <ol data-testid="brokers">
          {data.nodes
            .filter((n) => n.constraint !== null && n.degree >= 2)
            .sort((a, b) => a.constraint! - b.constraint!)
            .slice(0, 5)
            .map((n) => (
              <li key={n.id}>
                <a href={organizationHref(n.id)}>
                  <DataText text={n.name} />
                </a>{' '}
                <span className="muted">{n.constraint!.toFixed(3)}</span>
              </li>
            ))}
        </ol>
        <p className="muted">{tt('communities', { n: data.communities })}</p>
      </div>
      <div>
        <h4>{tt('researchTitle')}</h4>
        <ul data-testid="research">
          {data.research.slice(0, 8).map((r) => (
            <li key={r.id}>
              <a href={organizationHref(r.id)}>
                <DataText text={r.name} />
              </a>{' '}
              <span className="muted">{tt('partners', { n: r.firmPartners })}</span>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
