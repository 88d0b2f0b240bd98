import type { OrganizationDetail } from '../../api/catalog.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { catalogText } from '../../i18n/catalog.ts';
import { useLang } from '../../lang.tsx';
import { provenanceText } from '../../provenance.ts';
import { organizationHref } from '../../route.ts';
import { SyntheticBadge } from '../Badges.tsx';
import { LinkValue } from './LinkValue.tsx';

/** A figure the reader may not see: a dash that says so on hover. */
function Restricted() {
  const tt = useDictionary(catalogText);
  return (
    <span className="restricted" title={tt('restricted')}>
      —
    </span>
  );
}

/** An organisation's supply and R&D links: direction, kind, partner (linked), product, value, year; provenance on hover. */
export function OrganizationLinks({ links }: { links: OrganizationDetail['links'] }) {
  const l = useLang();
  const { t, code } = l;
  const tt = useDictionary(catalogText);
  return (
    <>
      <h3>{tt('links')}</h3>
      {links.length === 0 ? (
        <p className="muted">{tt('noLinks')}</p>
      ) : (
        <table className="table" data-testid="organization-links">
          <thead>
            <tr>
              <th>{tt('direction')}</th>
              <th>{t('kind')}</th>
              <th>{tt('partner')}</th>
              <th>{tt('product')}</th>
              <th className="num">{tt('value')}</th>
              <th>{tt('year')}</th>
            </tr>
          </thead>
          <tbody>
            {links.map((k) => (
              <tr key={k.id} title={provenanceText(k.provenance, l)}>
                <td>{tt(k.direction)}</td>
                <td>{code('link', k.type)}</td>
                <td>
                  <a href={organizationHref(k.other)}>{k.otherName ?? k.other}</a>
                  {k.synthetic ? <SyntheticBadge /> : null}
                </td>
                <td>{k.product ?? '—'}</td>
                <td className="num" data-testid="link-value">
                  {k.value === undefined ? (
                    <Restricted />
                  ) : (
                    <LinkValue value={k.value} unit={k.valueUnit} />
                  )}
                </td>
                <td>{k.year ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
