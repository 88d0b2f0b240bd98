import type { WorldBenchmark } from '../../api/world.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { worldText } from '../../i18n/world.ts';
import { IndustryCodes } from '../IndustryCodes.tsx';
import { colon } from '../../i18n/colon.ts';
import { useLang } from '../../lang.tsx';

/** The field's DPS counterpart with the concordance rows behind it, and the related US clusters. */
export function UsCounterpart(props: { data: WorldBenchmark }) {
  const tt = useDictionary(worldText);
  const { lang } = useLang();
  const us = props.data.usCounterpart;
  if (!us) return null;
  // The classes of the field that reach any US cluster: those reaching this one over its share.
  const inCluster = new Set(us.evidence.map((e) => e.gbt4754)).size;
  const concorded = Math.round(inCluster / us.share);
  return (
    <section data-testid="us-counterpart">
      <h3>
        {tt('usTitle')}:{' '}
        <span data-testid="us-name" lang="en">
          {us.nameEn}
        </span>{' '}
        (DPS {us.code})
      </h3>
      <p className="muted small">
        {tt('usShare', {
          n: concorded,
          share: `${Math.round(us.share * 100)}%`,
        })}{' '}
        · {tt('source')}
        {colon(lang)}
        <span lang="en">{us.source}</span>
      </p>
      <details>
        <summary>{tt('evidence')}</summary>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{tt('gbt')}</th>
              <th scope="col">{tt('naics')}</th>
              <th scope="col">{tt('relation')}</th>
              <th scope="col">{tt('source')}</th>
            </tr>
          </thead>
          <tbody>
            {us.evidence.map((e) => (
              <tr key={`${e.gbt4754}-${e.naics}`}>
                <td>
                  <IndustryCodes codes={[e.gbt4754]} />
                </td>
                <td>
                  {e.naics} <span lang="en">{e.naicsTitle ?? ''}</span>
                </td>
                <td>
                  {tt(`relation.${e.relation}`)}
                  {e.inferred ? ` · ${tt('inferred')}` : ''}
                </td>
                <td className="small">{e.basis}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      {props.data.otherUsClusters.length > 0 ? (
        <p className="small">
          {tt('otherUs')}:{' '}
          {props.data.otherUsClusters.map((o, k) => (
            <span key={o.code}>
              {k > 0 ? '; ' : ''}
              <span lang="en">{o.nameEn}</span> ({tt('codesN', { n: o.codes })})
            </span>
          ))}
        </p>
      ) : null}
      <p className="small" data-testid="us-related">
        {tt('relatedUs')}:{' '}
        {props.data.relatedUsClusters.map((r, k) => (
          <span key={r.code}>
            {k > 0 ? '; ' : ''}
            <span lang="en">{r.nameEn}</span> ({tt('relatedness', { v: r.crAll.toFixed(2) })})
          </span>
        ))}
      </p>
    </section>
  );
}
