import type { ReactNode } from 'react';

/**
 * A figure with where it comes from: the provenance shows on hover and on
 * keyboard focus (a CSS tooltip, not the title attribute, which the
 * keyboard never sees), and screen readers read it as the figure's
 * description. Synthetic inputs mark the figure itself, not only the tip.
 */
export function Figure(props: { children: ReactNode; provenance: string; synthetic?: boolean }) {
  return (
    <span
      className={props.synthetic ? 'figure figure-synthetic' : 'figure'}
      tabIndex={0}
      data-provenance={props.provenance}
      aria-description={props.provenance}
      data-testid="figure"
    >
      {props.children}
    </span>
  );
}
