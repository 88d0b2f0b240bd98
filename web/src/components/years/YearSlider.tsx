import { useDictionary } from '../../i18n/dictionary.ts';
import { timeSliderText } from '../../i18n/time-slider.ts';

/** A year picker over the years the data hold: a slider and a button per year. */
export function YearSlider(props: {
  years: readonly number[];
  value: number;
  onChange: (year: number) => void;
}) {
  const tt = useDictionary(timeSliderText);
  const k = Math.max(0, props.years.indexOf(props.value));
  return (
    <div className="year-slider" role="group" aria-label={tt('pickYear')}>
      <input
        type="range"
        min={0}
        max={props.years.length - 1}
        step={1}
        value={k}
        aria-label={tt('pickYear')}
        aria-valuetext={tt('year', { y: props.value })}
        data-testid="year-slider"
        onChange={(e) => props.onChange(props.years[Number(e.target.value)] ?? props.value)}
      />
      <output data-testid="year-slider-value">{tt('year', { y: props.value })}</output>
      <div className="year-slider-years">
        {props.years.map((y) => (
          <button
            key={y}
            type="button"
            className={y === props.value ? 'active' : ''}
            aria-pressed={y === props.value}
            data-testid={`slider-year-${y}`}
            onClick={() => props.onChange(y)}
          >
            {y}
          </button>
        ))}
      </div>
    </div>
  );
}
