import type { NetworkAnswer } from '../../api/network.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { networkText } from '../../i18n/network.ts';
import { organizationHref } from '../../route.ts';
import { DataText } from '../SourceText.tsx';

/** The chain leaders' supplier tiers and the key suppliers (customers, sole-source customers). */
export function SupplyTiers({ data }: { data: NetworkAnswer }) {
  const tt = useDictionary(networkText);
  return (
    <div className="network-lists">
      <div>
        <h4>{tt('tiersTitle')}</h4>
        <ul data-testid="leader-tiers">
          {data.leaderTiers.map((l) => (
            <li key={l.leader}>
              <a href={organizationHref(l.leader)}>
                <DataText text={l.name} />
              </a>{' '}
              <span className="muted">{l.tiers.join(' / ')}</span>
            </li>
          ))}
        </ul>
      </div>
      <div>
        <h4>{tt('keySuppliers')}</h4>
        <ol data-testid="key-suppliers">
          {data.keySuppliers.map((k) => (
            <li key={k.id}>
              <a href={organizationHref(k.id)}>
                <DataText text={k.name} />
              </a>{' '}
              <span className="muted">
                {tt('customers', { n: k.customers, s: k.soleSourceCustomers })}
              </span>
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}
