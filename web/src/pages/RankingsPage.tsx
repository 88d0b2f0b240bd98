import { useEffect, useState } from 'react';
import { rankingsApi, type RankingParams } from '../api/rankings.ts';
import { SyntheticBadge } from '../components/Badges.tsx';
import { useDictionary } from '../i18n/dictionary.ts';
import { rankingsText } from '../i18n/rankings.ts';
import { formatPercent } from '../i18n.ts';
import { useLang } from '../lang.tsx';
import { clusterHref } from '../route.ts';
import { ClusterName } from '../components/cluster/ClusterName.tsx';
import { useLoad } from '../useLoad.ts';
import { YearsRanking } from '../components/rankings/YearsRanking.tsx';
import { peersApi } from '../api/peer-sets.ts';
import { yearsPeersText } from '../i18n/years-peers.ts';

const DEBOUNCE_MS = 300;

/**
 * The horse race (赛马): clusters scored and ranked, with weight sliders that
 * re-rank as they move, the aggregation method, Monte-Carlo rank intervals
 * and which indicator moves the ranking most.
 */
export function RankingsPage(_props: { rest: string[] }) {
  const { t, lang, name, join } = useLang();
  const tt = useDictionary(rankingsText);
  const [params, setParams] = useState<RankingParams>({
    designation: 'national',
    method: 'wsum',
    runs: 200,
    weights: {},
  });
  // Sliders move `draft`; the request follows after a pause.
  const [draft, setDraft] = useState(params);
  useEffect(() => {
    const timer = setTimeout(() => setParams(draft), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [draft]);
  const key = JSON.stringify(params);
  const ty = useDictionary(yearsPeersText);
  const sets = useLoad('peer-sets', () => peersApi.list());
  const { data, error } = useLoad(key, () => rankingsApi.rank(params));
  const [last, setLast] = useState(data);
  useEffect(() => {
    if (data) setLast(data);
  }, [data]);
  const shown = data ?? last; // keep the last table while the next loads: no layout jump

  const baseWeight = (id: string) => shown?.weights.find((w) => w.indicator === id)?.weight ?? 0;
  const sliderValue = (id: string) => draft.weights[id] ?? Math.round(baseWeight(id) * 100);
  // The ranking's warnings in the reader's language where their details allow; else the API's sentence.
  const warningText = (w: { code: string; message: string; details?: Record<string, unknown> }) => {
    const d = w.details ?? {};
    if (w.code === 'ATLAS_W_SYNTHETIC_INCLUDED' && d.shares && shown)
      return tt('warnSynthetic', {
        n: Object.keys(d.shares as object).length,
        total: shown.rows.length,
      });
    if (w.code === 'ATLAS_W_NO_MEMBER_DATA' && Array.isArray(d.clusters))
      return tt('warnNoMembers', { n: d.clusters.length });
    if (w.code === 'ATLAS_W_INDICATOR_CONSTANT' && Array.isArray(d.indicators) && shown)
      return tt('warnConstant', {
        list: join(
          (d.indicators as string[]).map((id) => {
            const i = shown.system.indicators.find((x) => x.id === id);
            return i ? name(i.name.zh, i.name.en) : id;
          }),
        ),
      });
    return w.message;
  };

  return (
    <section className="page rankings-page" data-testid="page-rankings">
      <h2>{tt('title')}</h2>
      <p className="muted">{tt('explain')}</p>
      <div className="rankings-grid">
        <aside className="rankings-controls">
          <label>
            {tt('designation')}
            <select
              value={draft.peerSet ? `set:${draft.peerSet}` : draft.designation}
              data-testid="ranking-scope"
              onChange={(e) => {
                const v = e.target.value;
                setDraft(
                  v.startsWith('set:')
                    ? { ...draft, designation: '', peerSet: v.slice(4) }
                    : { ...draft, designation: v, peerSet: undefined },
                );
              }}
            >
              <option value="national">{t('national')}</option>
              <option value="">{tt('all')}</option>
              {sets.data?.items.length ? (
                <optgroup label={ty('peerTitle')}>
                  {sets.data.items.map((s) => (
                    <option key={s.id} value={`set:${s.id}`}>
                      {s.name}
                    </option>
                  ))}
                </optgroup>
              ) : null}
            </select>
          </label>
          <label>
            {tt('method')}
            <select
              value={draft.method}
              onChange={(e) =>
                setDraft({ ...draft, method: e.target.value as RankingParams['method'] })
              }
              data-testid="ranking-method"
            >
              {(['wsum', 'wgeo', 'topsis'] as const).map((m) => (
                <option key={m} value={m}>
                  {tt(`method.${m}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {tt('runs')}
            <input
              type="number"
              min={0}
              max={2000}
              step={100}
              value={draft.runs}
              onChange={(e) =>
                setDraft({ ...draft, runs: Math.max(0, Math.min(2000, Number(e.target.value))) })
              }
            />
            <span className="muted">{tt('runsHelp')}</span>
          </label>
          <h3>{tt('weights')}</h3>
          <p className="muted">{tt('weightsHelp')}</p>
          {shown?.system.indicators.map((ind) => (
            <label key={ind.id} className="weight-slider">
              <span>{lang === 'en' ? ind.name.en : ind.name.zh}</span>
              <input
                type="range"
                min={0}
                max={100}
                value={sliderValue(ind.id)}
                onChange={(e) => {
                  // Once one slider moves, every slider's value is sent: all on one 0–100 scale.
                  const all = Object.fromEntries(
                    shown.system.indicators.map((i) => [i.id, sliderValue(i.id)]),
                  );
                  setDraft({ ...draft, weights: { ...all, [ind.id]: Number(e.target.value) } });
                }}
                data-testid={`weight-${ind.id}`}
              />
              <span className="muted">
                {tt('effective', { p: formatPercent(lang, baseWeight(ind.id)) })}
              </span>
            </label>
          ))}
          <button type="button" onClick={() => setDraft({ ...draft, weights: {} })}>
            {tt('reset')}
          </button>
        </aside>
        <div>
          {error ? <p role="alert">{error}</p> : null}
          {!shown ? <p className="muted">{t('loading')}</p> : null}
          {shown ? (
            <>
              <table className="table ranking-table" data-testid="ranking-table" aria-busy={!data}>
                <thead>
                  <tr>
                    <th className="num">{tt('rank')}</th>
                    <th>{tt('cluster')}</th>
                    <th className="num">{tt('score')}</th>
                    <th>{tt('interval')}</th>
                    <th className="num">{tt('synthetic')}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.rows.map((r) => (
                    <tr key={r.alternative} data-testid="ranking-row" data-cluster={r.alternative}>
                      <td className="num">{r.rank}</td>
                      <td>
                        <a href={clusterHref(r.alternative)}>
                          <ClusterName id={r.alternative} name={r.name} />
                        </a>
                      </td>
                      <td className="num">{r.score.toFixed(3)}</td>
                      <td>
                        <RankBar
                          low={r.rank_low ?? r.rank}
                          rank={r.rank}
                          high={r.rank_high ?? r.rank}
                          n={shown.rows.length}
                        />
                      </td>
                      <td className="num">
                        {r.synthetic_share > 0 ? (
                          <>
                            {formatPercent(lang, r.synthetic_share)} <SyntheticBadge />
                          </>
                        ) : (
                          '0'
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {shown.notRanked.length > 0 ? (
                <section className="not-ranked" data-testid="not-ranked">
                  <h3>{tt('notRanked', { n: shown.notRanked.length })}</h3>
                  <p className="muted">{tt('notRankedExplain')}</p>
                  <ul>
                    {shown.notRanked.map((r) => (
                      <li
                        key={r.alternative}
                        data-testid="not-ranked-row"
                        data-cluster={r.alternative}
                      >
                        <a href={clusterHref(r.alternative)}>
                          <ClusterName id={r.alternative} name={r.name} />
                        </a>
                      </li>
                    ))}
                  </ul>
                </section>
              ) : null}
              <YearsRanking
                designation={params.designation}
                runs={params.runs}
                peerSet={params.peerSet}
              />
              <h3>{tt('sensitivity')}</h3>
              <table className="table" data-testid="sensitivity">
                <tbody>
                  {[...shown.sensitivity]
                    .sort((a, b) => b.zeroMeanShift - a.zeroMeanShift)
                    .map((s) => {
                      const ind = shown.system.indicators.find((i) => i.id === s.indicator);
                      return (
                        <tr key={s.indicator}>
                          <td>{ind ? (lang === 'en' ? ind.name.en : ind.name.zh) : s.indicator}</td>
                          <td className="num">
                            {tt('meanShift')} {s.zeroMeanShift.toFixed(2)}
                          </td>
                          <td className="num">
                            {tt('maxShift')} {s.zeroMaxShift}
                          </td>
                        </tr>
                      );
                    })}
                </tbody>
              </table>
              {shown.warnings.map((w) => (
                <p key={w.code} className="muted" title={`${w.code}: ${w.message}`}>
                  {warningText(w)}
                </p>
              ))}
            </>
          ) : null}
        </div>
      </div>
    </section>
  );
}

/** The rank and its Monte-Carlo interval on a line from 1 to n. */
function RankBar(props: { low: number; rank: number; high: number; n: number }) {
  const x = (r: number) => `${((r - 1) / Math.max(1, props.n - 1)) * 100}%`;
  return (
    <span className="rank-bar" title={`${props.low}–${props.high}`}>
      <span
        className="rank-range"
        style={{ left: x(props.low), width: `calc(${x(props.high)} - ${x(props.low)})` }}
      />
      <span className="rank-dot" style={{ left: x(props.rank) }} />
      <span className="rank-text">
        {props.low}–{props.high}
      </span>
    </span>
  );
}
