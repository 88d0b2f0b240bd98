import { useState, type ReactNode } from 'react';
import './time-slider.css';
import { YearPanel } from './YearPanel.tsx';
import { YearSlider } from './YearSlider.tsx';
import { yearsWithData, type YearIndicator } from './year-indicator.ts';

/**
 * A time slider with small multiples: a year picker over the years the data
 * hold, one small line chart per indicator with the picked year's figure
 * (with its unit) and what changed since the year before. Shown only with two
 * or more years (one year has nothing to compare).
 */
export function TimeSlider(props: {
  title: string;
  hint: ReactNode;
  indicators: YearIndicator[];
  testId: string;
  footer?: ReactNode;
}) {
  const years = yearsWithData(props.indicators);
  const [picked, setPicked] = useState<number | null>(null);
  if (years.length < 2) return null;
  const year = picked !== null && years.includes(picked) ? picked : (years.at(-1) as number);
  const shown = props.indicators.filter((i) => i.points.some((p) => p.value !== null));
  return (
    <section className="card wide time-slider" data-testid={props.testId}>
      <h3>{props.title}</h3>
      <p className="muted">{props.hint}</p>
      <YearSlider years={years} value={year} onChange={setPicked} />
      <div className="small-multiples">
        {shown.map((ind) => (
          <YearPanel key={ind.key} ind={ind} years={years} year={year} />
        ))}
      </div>
      {props.footer}
    </section>
  );
}
