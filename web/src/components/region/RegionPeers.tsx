import { useState } from 'react';
import type { MatrixParams } from '../../api/index.ts';
import { complexityYearsApi } from '../../api/complexity-years.ts';
import { peersApi } from '../../api/peer-sets.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { timeSliderText } from '../../i18n/time-slider.ts';
import { useLang } from '../../lang.tsx';
import type { MatrixInfo } from '../../types.ts';
import { useLoad, useReload } from '../../use-load.ts';
import { withUnit } from '../years/complexity-indicators.ts';
import { RegionPeerBuilder } from './RegionPeerBuilder.tsx';

/**
 * A region's named peers: pick a saved region peer set, or build one by name
 * and save it (analysts); with a set chosen, the region's ECI beside exactly
 * those regions for every year the page's measure holds, ranked within the set.
 */
export function RegionPeers(props: { region: string; params: MatrixParams; matrix: MatrixInfo }) {
  const tt = useDictionary(timeSliderText);
  const [version, setVersion] = useState(0);
  const [chosen, setChosen] = useState('');
  const sets = useReload(`region-peers|${props.region}|${version}`, () =>
    peersApi.list(props.region),
  );
  const items = (sets.data?.items ?? []).filter((s) => s.subjectType === 'region');
  const picked = items.some((s) => s.id === chosen) ? chosen : '';
  return (
    <section className="card wide" data-testid="region-peers">
      <h3>{tt('peersTitle')}</h3>
      <p className="muted">{tt('peersExplain')}</p>
      <label>
        {tt('peersChoice')}{' '}
        <select
          value={picked}
          onChange={(e) => setChosen(e.target.value)}
          data-testid="region-peer-set"
        >
          <option value="">{tt('peersNone')}</option>
          {items.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name} ({s.members.map((m) => m.name).join('、')})
            </option>
          ))}
        </select>
      </label>
      <RegionPeerBuilder
        region={props.region}
        saved={(id) => {
          setVersion(version + 1);
          setChosen(id);
        }}
      />
      {picked ? <PeerYears {...props} peerSet={picked} /> : null}
    </section>
  );
}

/** The set's regions × years: ECI with its unit and the rank within the set. */
function PeerYears(props: {
  region: string;
  params: MatrixParams;
  matrix: MatrixInfo;
  peerSet: string;
}) {
  const { lang } = useLang();
  const tt = useDictionary(timeSliderText);
  const m = props.matrix;
  const measure =
    m.measure === 'count' ? undefined : (m.measure as 'employees' | 'revenue' | 'output');
  const yearly = measure !== undefined && m.years.length > 0;
  const key = `${props.peerSet}|${props.region}|${m.source}|${measure}|${props.params.regionLevel}`;
  const { data } = useLoad(key, async () =>
    yearly
      ? complexityYearsApi.years({
          region: props.region,
          peerSet: props.peerSet,
          source: m.source ?? 'organizations',
          measure,
          regionLevel: props.params.regionLevel,
          industryLevel: Number(props.params.industryLevel),
        })
      : null,
  );
  if (!yearly) return <p className="muted">{tt('noYearly')}</p>;
  if (!data) return null;
  const name = (r: { code: string; nameZh: string | null; nameEn: string | null }) =>
    (lang === 'en' ? r.nameEn : r.nameZh) ?? r.nameZh ?? r.code;
  return (
    <table className="table" data-testid="region-peer-years">
      <caption>{tt('peersCaption', { name: data.peerSet?.name ?? '' })}</caption>
      <thead>
        <tr>
          <th>{tt('region')}</th>
          {data.years.map((y) => (
            <th key={y} className="num">
              {tt('year', { y })}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {data.regions.map((r) => (
          <tr key={r.code} data-testid="region-peer-row" data-region={r.code}>
            <th scope="row" style={{ whiteSpace: 'nowrap' }}>
              {r.code === props.region ? <b>{name(r)}</b> : name(r)}
            </th>
            {r.years.map((y) => (
              <td key={y.year} className="num">
                {y.rank === null
                  ? '—'
                  : tt('peersCell', {
                      eci: y.value === null ? '—' : withUnit(lang, y.value, tt('unitIndex')),
                      rank: y.rank,
                      of: y.of,
                    })}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
