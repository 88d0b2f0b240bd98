import { quantity, type MissingReason, type Unit } from '../format.ts';
import { useLang } from '../lang.tsx';

/**
 * A figure with its unit (web/src/format.ts); a missing one as "—" whose
 * reason shows on hover.
 */
export function Quantity(props: {
  value: number | null | undefined;
  unit: Unit;
  /** Why the figure may be missing; "no data" by default. */
  missing?: MissingReason;
}) {
  const { lang } = useLang();
  const q = quantity(lang, props.value, props.unit, props.missing);
  if (q.reason === undefined) return <>{q.text}</>;
  return (
    <span
      className={
        props.missing === 'withheld' || props.missing === 'missingOrWithheld'
          ? 'missing-value restricted'
          : 'missing-value'
      }
      title={q.reason}
      data-testid="missing"
    >
      {q.text}
    </span>
  );
}
