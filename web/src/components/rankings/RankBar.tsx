import { rankIntervalText } from './rank-interval-text.ts';

/** The rank and its Monte-Carlo interval on a line from 1 to n. */
export function RankBar(props: { low: number; rank: number; high: number; n: number }) {
  const x = (r: number) => `${((r - 1) / Math.max(1, props.n - 1)) * 100}%`;
  const shown = rankIntervalText(props.low, props.high);
  return (
    <span className="rank-bar" title={`${shown.low}–${shown.high}`}>
      <span
        className="rank-range"
        style={{ left: x(props.low), width: `calc(${x(props.high)} - ${x(props.low)})` }}
      />
      <span className="rank-dot" style={{ left: x(props.rank) }} />
      <span className="rank-text">
        {shown.low}–{shown.high}
      </span>
    </span>
  );
}
