import type { CrossRegionProfile } from '../../api/cross-region.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { crossRegionText } from '../../i18n/cross-region.ts';
import { useLang } from '../../lang.tsx';
import { Quantity } from '../Quantity.tsx';

type Part =
  | CrossRegionProfile['provinces'][number]
  | CrossRegionProfile['provinces'][number]['cities'][number];

const UNIT = { employees: 'persons', revenue: 'yuan10k', output: 'yuan10k' } as const;

function Row(props: { part: Part; city?: boolean }) {
  const { name } = useLang();
  const tt = useDictionary(crossRegionText);
  const p = props.part;
  return (
    <tr
      className={props.city ? 'city-row' : 'province-row'}
      data-testid={props.city ? 'cross-city' : 'cross-province'}
      data-code={p.code}
    >
      <th scope="row" style={{ textAlign: 'left' }}>
        {props.city ? '└ ' : ''}
        {name(p.nameZh, p.nameEn)}
        {'inCluster' in p && !p.inCluster ? tt('notInCluster') : ''}
      </th>
      <td>
        <Quantity value={p.members} unit="firms" />
      </td>
      <td>
        <Quantity value={p.synthetic} unit="firms" />
      </td>
      {p.figures.map((f) => (
        <td key={f.measure} title={f.year === null ? undefined : tt('year', { year: f.year })}>
          <Quantity
            value={f.sum}
            unit={UNIT[f.measure]}
            missing={f.suppressed ? 'withheld' : undefined}
          />
        </td>
      ))}
      <td>
        <Quantity value={p.tiesWithin} unit="none" />
      </td>
      <td>
        {'chain' in p ? <Quantity value={p.chain?.completeness ?? null} unit="share" /> : null}
      </td>
    </tr>
  );
}

/** The cluster per province, each followed by its cities. */
export function PartsTable(props: { profile: CrossRegionProfile }) {
  const tt = useDictionary(crossRegionText);
  const year = props.profile.provinces[0]?.figures.find((f) => f.year !== null)?.year ?? null;
  return (
    <>
      <table className="data-table" data-testid="cross-parts">
        <thead>
          <tr>
            <th scope="col">{tt('region')}</th>
            <th scope="col">{tt('members')}</th>
            <th scope="col">{tt('synthetic')}</th>
            <th scope="col">{tt('employees')}</th>
            <th scope="col">{tt('revenue')}</th>
            <th scope="col">{tt('output')}</th>
            <th scope="col">{tt('tiesWithin')}</th>
            <th scope="col">{tt('completeness')}</th>
          </tr>
        </thead>
        <tbody>
          {props.profile.provinces.flatMap((p) => [
            <Row key={p.code} part={p} />,
            ...p.cities.map((c) => <Row key={`${p.code}-${c.code}`} part={c} city />),
          ])}
        </tbody>
      </table>
      <p className="muted small">
        {year === null ? null : `${tt('year', { year })} · `}
        {tt('withheldNote')}
        {props.profile.unplaced > 0 ? ` ${tt('unplaced', { n: props.profile.unplaced })}` : null}
      </p>
    </>
  );
}
