import { useDictionary } from '../../i18n/dictionary.ts';
import { marksText } from '../../i18n/marks.ts';

/** What the ⚠ and ◆ beside a chain node's name mean, under any list that uses them. */
export function MarkLegend(props: { fourBases?: boolean }) {
  const tm = useDictionary(marksText);
  return (
    <p className="mark-legend muted" data-testid="mark-legend">
      <span>{tm('legend')}:</span> <span>{tm('critical')}</span>
      {props.fourBases ? <span>{tm('fourBases')}</span> : null}
    </p>
  );
}
