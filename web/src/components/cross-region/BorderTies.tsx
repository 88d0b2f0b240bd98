import { useState } from 'react';
import type { CrossRegionProfile } from '../../api/cross-region.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { crossRegionText } from '../../i18n/cross-region.ts';
import { useLang } from '../../lang.tsx';
import { organizationHref } from '../../route.ts';
import { SyntheticBadge } from '../Badges.tsx';
import { Quantity } from '../Quantity.tsx';
import { colon } from '../../i18n/colon.ts';

const SHOWN = 10;

/** The ties across the border: counts by type (within a province and across), then the list. */
export function BorderTies(props: { profile: CrossRegionProfile }) {
  const { name, lang } = useLang();
  const tt = useDictionary(crossRegionText);
  const [all, setAll] = useState(false);
  const side = (code: string) => {
    const p = props.profile.provinces.find((x) => x.code === code);
    return p ? name(p.nameZh, p.nameEn) : code;
  };
  const typeName = (t: string) => tt(`type.${t}` as 'type.supply');
  const ties = props.profile.ties;
  const shown = all ? ties.across : ties.across.slice(0, SHOWN);
  return (
    <section data-testid="cross-ties">
      <h4>{tt('tiesTitle')}</h4>
      <table className="data-table" data-testid="cross-tie-counts">
        <thead>
          <tr>
            <th scope="col">{tt('type')}</th>
            <th scope="col">{tt('within')}</th>
            <th scope="col">{tt('across')}</th>
          </tr>
        </thead>
        <tbody>
          {ties.counts.map((c) => (
            <tr key={c.type} data-type={c.type}>
              <th scope="row">{typeName(c.type)}</th>
              <td>
                <Quantity value={c.within} unit="none" />
              </td>
              <td data-testid="across-count">
                <Quantity value={c.across} unit="none" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {ties.across.length === 0 ? <p className="muted">{tt('noAcross')}</p> : null}
      <ul className="plain-list" data-testid="cross-tie-list">
        {shown.map((t) => (
          <li key={t.id} data-testid="cross-tie">
            {typeName(t.type)}
            {colon(lang)}
            <a href={organizationHref(t.from.id)}>{t.from.name}</a>（{side(t.from.province)}）→{' '}
            <a href={organizationHref(t.to.id)}>{t.to.name}</a>（{side(t.to.province)}）
            {t.product ? ` · ${tt('product')} ${t.product}` : ''}
            {t.synthetic ? <SyntheticBadge /> : null}
          </li>
        ))}
      </ul>
      {!all && ties.across.length > SHOWN ? (
        <button type="button" className="small-button" onClick={() => setAll(true)}>
          {tt('showAll', { n: ties.across.length })}
        </button>
      ) : null}
    </section>
  );
}
