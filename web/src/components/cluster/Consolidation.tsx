import { useState } from 'react';
import {
  consolidationApi,
  type ConcentrationFigures,
  type Consolidation as Answer,
  type Reading,
} from '../../api/consolidation.ts';
import type { Unit } from '../../format.ts';
import { consolidationText } from '../../i18n/consolidation.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { useLang } from '../../lang.tsx';
import { useLoad } from '../../use-load.ts';
import { Figure } from '../Figure.tsx';
import { Quantity } from '../Quantity.tsx';
import { SyntheticShareNote } from '../SyntheticShare.tsx';

type T = (
  key: keyof (typeof consolidationText)['en'],
  vars?: Record<string, string | number>,
) => string;

/**
 * Consolidation (兼并重组) of a cluster: concentration of its member firms
 * today and after a merger the reader picks, read by the US 2023 and EU 2004
 * merger guidelines, and partners for the leading firm. Firms' figures the
 * server withholds show as withheld, never as 0.
 */
export function Consolidation(props: { clusterId: string }) {
  const tc = useDictionary(consolidationText);
  const [picked, setPicked] = useState<string[]>([]);
  const [merge, setMerge] = useState<string[]>([]);
  const key = `consolidation|${props.clusterId}|${merge.join(',')}`;
  const { data, error } = useLoad(key, () =>
    consolidationApi.cluster(props.clusterId, merge.length ? [merge] : []),
  );
  const toggle = (id: string) =>
    setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p, id]));
  return (
    <section className="consolidation" data-testid="consolidation">
      <h3>{tc('title')}</h3>
      {error ? <p role="alert">{error}</p> : null}
      {!data ? null : data.before.firms === 0 ? (
        <p className="muted" data-testid="consolidation-no-data">
          {tc('noData')}
        </p>
      ) : (
        <ConsolidationView data={data} tc={tc} picked={picked} toggle={toggle}>
          <p>
            <button
              type="button"
              disabled={picked.length < 2}
              onClick={() => setMerge(picked)}
              data-testid="simulate-merger"
            >
              {tc('simulate')}
            </button>{' '}
            <button
              type="button"
              onClick={() => {
                setPicked([]);
                setMerge([]);
              }}
            >
              {tc('clear')}
            </button>{' '}
            {picked.length < 2 ? <span className="muted">{tc('pickTwo')}</span> : null}
          </p>
        </ConsolidationView>
      )}
    </section>
  );
}

function sizeUnit(measure: Answer['measure']): Unit {
  return measure === 'employees' ? 'persons' : 'yuan10k';
}

function ConsolidationView(props: {
  data: Answer;
  tc: T;
  picked: string[];
  toggle: (id: string) => void;
  children: React.ReactNode;
}) {
  const { name } = useLang();
  const { data: d, tc } = props;
  const unit = sizeUnit(d.measure);
  const basis = tc('source', { measure: tc(d.measure), year: d.year ?? '—' });
  return (
    <>
      <p className="muted">{tc('explain', { measure: tc(d.measure), year: d.year ?? '—' })}</p>
      <SyntheticShareNote mark={d.synthetic} basis="members" />
      <ProfileTable data={d} tc={tc} unit={unit} basis={basis} />
      {d.reading ? <Readings reading={d.reading} delta={d.deltaHhi} tc={tc} /> : null}
      <h4>{tc('firmTable')}</h4>
      <table className="table" data-testid="consolidation-firms">
        <thead>
          <tr>
            <th>{tc('pick')}</th>
            <th>{tc('name')}</th>
            <th className="num">{tc('size')}</th>
            <th className="num">{tc('share')}</th>
          </tr>
        </thead>
        <tbody>
          {d.firms.map((f) => (
            <tr key={f.organization}>
              <td>
                <input
                  type="checkbox"
                  aria-label={`${tc('pick')} ${name(f.name, f.nameEn)}`}
                  checked={props.picked.includes(f.organization)}
                  onChange={() => props.toggle(f.organization)}
                />
              </td>
              <td>{name(f.name, f.nameEn)}</td>
              <td className="num">
                <Quantity value={f.size} unit={unit} missing="missingOrWithheld" />
              </td>
              <td className="num">
                <Quantity
                  value={f.share === null ? null : f.share / 100}
                  unit="share"
                  missing="missingOrWithheld"
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {props.children}
      {d.notReporting.length ? (
        <p className="muted">{tc('notReporting', { n: d.notReporting.length })}</p>
      ) : null}
      <Partners data={d} tc={tc} unit={unit} />
      <p className="muted">{basis}</p>
      {d.disclosure.applied ? <p className="muted">{tc('withheldNote')}</p> : null}
    </>
  );
}

function ProfileTable(props: { data: Answer; tc: T; unit: Unit; basis: string }) {
  const { data: d, tc, unit } = props;
  const rows: [string, ConcentrationFigures][] = [[tc('before'), d.before]];
  if (d.after) rows.push([tc('after'), d.after]);
  const pct = (v: number | null) => (
    <Quantity value={v === null ? null : v / 100} unit="share" missing="missingOrWithheld" />
  );
  return (
    <table className="table" data-testid="consolidation-profile">
      <thead>
        <tr>
          <th>{tc('stage')}</th>
          <th className="num">{tc('firms')}</th>
          <th className="num">{tc('hhi')}</th>
          <th className="num">{tc('cr4')}</th>
          <th className="num">{tc('cr8')}</th>
          <th className="num">{tc('half')}</th>
          <th className="num">{tc('median')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, f]) => (
          <tr key={label}>
            <td>{label}</td>
            <td className="num">
              <Quantity value={f.firms} unit="firms" />
            </td>
            <td className="num">
              {f.hhi === null ? (
                <Quantity value={null} unit="none" missing="missingOrWithheld" />
              ) : (
                <Figure provenance={props.basis} synthetic={d.synthetic.syntheticOrganizations > 0}>
                  {tc('points', { v: Math.round(f.hhi) })}
                </Figure>
              )}
            </td>
            <td className="num">{pct(f.cr4)}</td>
            <td className="num">{pct(f.cr8)}</td>
            <td className="num">
              <Quantity value={f.firmsForHalf} unit="firms" missing="missingOrWithheld" />
            </td>
            <td className="num">
              <Quantity value={f.median} unit={unit} missing="missingOrWithheld" />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Readings(props: { reading: Reading; delta: number | null; tc: T }) {
  const { reading: r, tc } = props;
  return (
    <div data-testid="consolidation-readings">
      <h4>{tc('readings')}</h4>
      {props.delta !== null ? (
        <p>{tc('delta', { v: tc('points', { v: Math.round(props.delta) }) })}</p>
      ) : null}
      <ul>
        <li>{tc('readingLine', { who: tc('us2023'), what: tc(`us.${r.us2023}`) })}</li>
        <li>{tc('readingLine', { who: tc('eu2004'), what: tc(`eu.${r.eu2004}`) })}</li>
      </ul>
      <p className="muted">{tc('caveat')}</p>
    </div>
  );
}

function Partners(props: { data: Answer; tc: T; unit: Unit }) {
  const { name } = useLang();
  const { data: d, tc } = props;
  if (!d.leader || d.partners.length === 0) return null;
  return (
    <>
      <h4>{tc('partners', { leader: name(d.leader.name, d.leader.nameEn) })}</h4>
      <table className="table" data-testid="consolidation-partners">
        <thead>
          <tr>
            <th>{tc('name')}</th>
            <th className="num">{tc('score')}</th>
            <th>{tc('adds')}</th>
            <th>{tc('overlaps')}</th>
            <th className="num">{tc('distance')}</th>
            <th className="num">{tc('sharedCustomers')}</th>
            <th className="num">{tc('overlapSize')}</th>
          </tr>
        </thead>
        <tbody>
          {d.partners.map((p) => (
            <tr key={p.organization}>
              <td>{name(p.name, p.nameEn)}</td>
              <td className="num">
                <Quantity value={p.score} unit="none" />
              </td>
              <td>{p.added.join('、') || '—'}</td>
              <td>{p.shared.join('、') || '—'}</td>
              <td className="num">
                <Quantity value={p.distanceKm} unit="km" missing="notLocated" />
              </td>
              <td className="num">
                <Quantity value={p.sharedCustomers} unit="firms" />
              </td>
              <td className="num">
                <Quantity value={p.overlapSize} unit={props.unit} missing="missingOrWithheld" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
