import type { ReactNode } from 'react';
import { useDictionary } from '../i18n/dictionary.ts';
import { withheldText } from '../i18n/withheld.ts';

/**
 * A figure withheld under the disclosure rule (the API answers null): "保密" /
 * "withheld", with the reason on hover and keyboard focus (a CSS tooltip as
 * <Figure> has) and for screen readers. Never a 0, never a dash that could
 * read as "no data".
 */
export function Withheld() {
  const tw = useDictionary(withheldText);
  return (
    <span
      className="withheld"
      tabIndex={0}
      data-reason={tw('reason')}
      aria-description={tw('reason')}
      data-testid="withheld"
    >
      {tw('withheld')}
    </span>
  );
}

/** `show(v)` for a figure, <Withheld /> where the server withheld it (null or undefined). */
export function orWithheld<T>(v: T | null | undefined, show: (v: T) => ReactNode): ReactNode {
  return v === null || v === undefined ? <Withheld /> : show(v);
}

/**
 * Under a chart or map that left withheld figures out: how many, and why
 * (the reason on hover and focus). Nothing when none was withheld.
 */
export function WithheldNote(props: {
  count: number;
  kind: 'heatmapLegend' | 'bars' | 'mapPoints';
}) {
  const tw = useDictionary(withheldText);
  if (props.count === 0) return null;
  return (
    <p
      className="withheld-note"
      tabIndex={0}
      title={tw('reason')}
      aria-description={tw('reason')}
      data-testid="withheld-note"
    >
      {tw(props.kind, { n: props.count })}
    </p>
  );
}
