import type { ReactNode } from 'react';
import { clusterFactsApi, type CitedFact, type ClusterFacts } from '../../api/cluster-facts.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { factsText } from '../../i18n/facts.ts';
import { formatNumber, type Lang } from '../../i18n/common.ts';
import { citationText } from '../../citation-text.ts';
import { useLang } from '../../lang.tsx';
import { useLoad } from '../../use-load.ts';
import { UnverifiedBadge } from '../Badges.tsx';
import { Figure } from '../Figure.tsx';
import { SourceText } from '../SourceText.tsx';

type Tf = (key: keyof (typeof factsText)['en'], vars?: Record<string, string | number>) => string;

/**
 * The figures published sources give for the cluster (its output, firms,
 * market share), each with its source cited as a reader would and in the
 * source's own wording (over, about, nearly), and after each what the atlas
 * holds of it, as coverage: the atlas's partial sums never stand in for them.
 * Renders nothing when no source gives a figure.
 */
export function CitedFacts(props: { clusterId: string; children?: ReactNode }) {
  const { data, error } = useLoad(`facts|${props.clusterId}`, () =>
    clusterFactsApi.facts(props.clusterId),
  );
  // What follows the facts (`children`) waits for them: arriving above it, they would push it
  // down (a layout shift of 0.11 on the cluster page).
  if (error)
    return (
      <>
        <p role="alert">{error}</p>
        {props.children}
      </>
    );
  if (!data) return null;
  return (
    <>
      <CitedFactsView data={data} />
      {props.children}
    </>
  );
}

/** The answer drawn (reports load it themselves). */
export function CitedFactsView({ data }: { data: ClusterFacts }) {
  const { lang } = useLang();
  const tf: Tf = useDictionary(factsText);
  if (data.facts.length === 0) return null;
  return (
    <section className="cited-facts" data-testid="cited-facts">
      <h3>{tf('title')}</h3>
      <p className="muted">{tf('explain')}</p>
      <ul>
        {data.facts.map((f) => {
          const cite = citationText(lang, f.citation, f.source);
          return (
            <li
              key={`${f.indicator}|${f.year ?? ''}`}
              data-testid="cited-fact"
              data-indicator={f.indicator}
            >
              <span className="fact-figure">
                {indicatorLabel(tf, f.indicator)}
                {f.year !== null ? tf('inYear', { year: f.year }) : ''}
                {lang === 'en' ? ': ' : '：'}
                <Figure provenance={cite}>
                  <b data-testid="fact-value">{qualified(tf, lang, f)}</b>
                </Figure>
                {f.verified ? null : <UnverifiedBadge />}
                {f.stored !== f.value ? (
                  <span className="muted" data-testid="fact-mismatch">
                    {tf('mismatch', { stored: withUnit(tf, lang, f.stored, f.unit) })}
                  </span>
                ) : null}
              </span>
              <br />
              <span className="muted fact-source" data-testid="fact-source">
                {tf('source')}
                <cite>
                  <SourceText text={cite} />
                </cite>
                {f.quote ? (
                  <>
                    {' · '}
                    {tf('quote')}「<SourceText text={f.quote} />」
                  </>
                ) : null}
              </span>
              <br />
              <span className="fact-coverage" data-testid="fact-coverage">
                {coverageText(tf, lang, f)}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

const KNOWN = [
  'output',
  'revenue',
  'employees',
  'firms',
  'firms_above_size',
  'national_share',
  'world_market_share',
];

function indicatorLabel(tf: Tf, indicator: string): string {
  return KNOWN.includes(indicator)
    ? tf(`indicator.${indicator}` as 'indicator.output')
    : tf('indicator.other');
}

/** A share as a percentage; small ones with two significant digits, not "0%". */
function percent(lang: Lang, share: number): string {
  return new Intl.NumberFormat(lang, {
    style: 'percent',
    ...(share > 0 && share < 0.01 ? { maximumSignificantDigits: 2 } : { maximumFractionDigits: 1 }),
  }).format(share);
}

/** Yuan in the reader's units: 万亿 / 亿 / 万 in zh, trillion / billion / million in en. */
export function money(lang: Lang, yuan: number): string {
  // 2000 亿元, not 2,000 亿元: Chinese writes the count of 亿 ungrouped.
  const f = (x: number) =>
    new Intl.NumberFormat(lang, {
      maximumFractionDigits: 2,
      useGrouping: lang !== 'zh-CN',
    }).format(x);
  const a = Math.abs(yuan);
  if (lang === 'zh-CN') {
    if (a >= 1e12) return `${f(yuan / 1e12)} 万亿元`;
    if (a >= 1e8) return `${f(yuan / 1e8)} 亿元`;
    if (a >= 1e4) return `${f(yuan / 1e4)} 万元`;
    return `${f(yuan)} 元`;
  }
  if (a >= 1e12) return `${f(yuan / 1e12)} trillion yuan`;
  if (a >= 1e9) return `${f(yuan / 1e9)} billion yuan`;
  if (a >= 1e6) return `${f(yuan / 1e6)} million yuan`;
  return `${f(yuan)} yuan`;
}

/** A value with its unit: money from 万元, firms, persons, a share; anything else as stored. */
function withUnit(tf: Tf, lang: Lang, value: number, unit: string | null): string {
  if (unit === '10k yuan' || unit?.startsWith('10k yuan')) return money(lang, value * 1e4);
  if (unit === 'firms') return tf('firmsUnit', { n: formatNumber(lang, value) });
  if (unit === 'persons') return tf('personsUnit', { n: formatNumber(lang, value) });
  if (unit === 'share') return percent(lang, value);
  return `${formatNumber(lang, value)}${unit ? ` ${unit}` : ''}`;
}

/** The figure as the source words it: over / about / nearly, or as it is. */
function qualified(tf: Tf, lang: Lang, f: CitedFact): string {
  const v = withUnit(tf, lang, f.value, f.unit);
  return tf(`qualifier.${f.qualifier ?? 'none'}` as 'qualifier.none', { v });
}

/** What the atlas holds of the figure, said as coverage. */
function coverageText(tf: Tf, lang: Lang, f: CitedFact): string {
  const c = f.coverage;
  if (!c) return tf('coverageNA');
  if (c.kind === 'firms') {
    return (
      tf('coverageFirms', {
        held: formatNumber(lang, c.held),
        of: qualified(tf, lang, f),
        share: percent(lang, c.share),
      }) + (c.synthetic > 0 ? tf('coverageFirmsSynthetic', { n: c.synthetic }) : '')
    );
  }
  const measure = indicatorLabel(tf, c.measure);
  const m = lang === 'en' ? measure.toLowerCase() : measure;
  if (c.suppressed) return tf('coverageWithheld');
  if (c.sum === null) return tf('coverageNone', { year: c.year, measure: m });
  return tf('coverageSum', {
    n: c.organizations,
    year: c.year,
    measure: m,
    sum:
      c.measure === 'employees'
        ? tf('personsUnit', { n: formatNumber(lang, c.sum) })
        : money(lang, c.sum * 1e4),
    share: c.share === null ? '—' : percent(lang, c.share),
  });
}
