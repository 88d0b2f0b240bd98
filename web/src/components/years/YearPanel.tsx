import { useDictionary } from '../../i18n/dictionary.ts';
import { timeSliderText } from '../../i18n/time-slider.ts';
import { MISSING_REASONS } from '../../format.ts';
import { useLang } from '../../lang.tsx';
import { whatChanged, type YearIndicator } from './year-indicator.ts';

const W = 200;
const H = 56;
const PAD = 6;

/** The sparkline's points: x by the year's place among `years`, y by value (a rank drawn upside down). */
function path(ind: YearIndicator, years: readonly number[]) {
  const vals = ind.points.filter((p) => p.value !== null).map((p) => p.value as number);
  const lo = Math.min(...vals);
  const hi = Math.max(...vals);
  const x = (y: number) =>
    years.length < 2 ? W / 2 : PAD + ((W - 2 * PAD) * years.indexOf(y)) / (years.length - 1);
  const y = (v: number) => {
    const t = hi === lo ? 0.5 : (v - lo) / (hi - lo);
    return ind.kind === 'rank' ? PAD + t * (H - 2 * PAD) : H - PAD - t * (H - 2 * PAD);
  };
  const pts = years.map((yr) => {
    const p = ind.points.find((q) => q.year === yr);
    return p && p.value !== null ? { yr, x: x(yr), y: y(p.value) } : null;
  });
  // A gap where a year has no figure: the line is broken there, never bridged.
  let d = '';
  let pen = false;
  for (const p of pts) {
    if (!p) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${p.x.toFixed(1)},${p.y.toFixed(1)} `;
    pen = true;
  }
  return { d: d.trim(), pts };
}

/** One small multiple: the indicator's line over the years, the picked year's figure and what changed. */
export function YearPanel(props: { ind: YearIndicator; years: readonly number[]; year: number }) {
  const { lang } = useLang();
  const tt = useDictionary(timeSliderText);
  const { ind, years, year } = props;
  const now = ind.points.find((p) => p.year === year);
  const { d, pts } = path(ind, years);
  const picked = pts.find((p) => p?.yr === year);
  const shown =
    now && now.value !== null
      ? ind.kind === 'rank'
        ? tt('rankOf', { rank: now.value, of: now.of ?? '—' })
        : ind.format(now.value)
      : '—';
  return (
    <figure className="year-panel" data-testid="years-panel" data-indicator={ind.key}>
      <figcaption>{ind.label}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={ind.label}>
        <path d={d} fill="none" stroke="currentColor" strokeWidth={1.5} />
        {picked ? <circle cx={picked.x} cy={picked.y} r={3.5} className="picked" /> : null}
      </svg>
      <p
        className="year-panel-value"
        data-testid="years-value"
        title={now?.value == null ? MISSING_REASONS[lang].missingOrWithheld : undefined}
      >
        {tt('valueAt', { y: year, v: shown })}
      </p>
      <p className="muted" data-testid="years-what-changed">
        {whatChanged(ind, year, years, tt, lang)}
      </p>
    </figure>
  );
}
