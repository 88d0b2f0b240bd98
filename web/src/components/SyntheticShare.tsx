import type { SyntheticMark } from '../api/synthetic.ts';
import { formatPercent } from '../i18n/common.ts';
import { useDictionary } from '../i18n/dictionary.ts';
import { syntheticText } from '../i18n/synthetic.ts';
import { useLang } from '../lang.tsx';

/**
 * The sentence that says how much of what an answer judged is synthetic
 * (`basis`: the members of a cluster, or the supply network); nothing when
 * none of it is.
 */
export function SyntheticShareNote(props: {
  mark: SyntheticMark | undefined;
  basis: 'members' | 'supply';
  testId?: string;
}) {
  const { lang } = useLang();
  const ts = useDictionary(syntheticText);
  const m = props.mark;
  if (!m || m.syntheticOrganizations + m.syntheticLinks === 0) return null;
  return (
    <p
      className="synthetic-note"
      data-testid={props.testId ?? 'synthetic-share'}
      data-share={m.syntheticShare}
    >
      {ts(props.basis, {
        share: formatPercent(lang, m.syntheticShare),
        n: m.syntheticOrganizations,
        total: m.organizations,
        links: formatPercent(lang, m.syntheticLinkShare),
      })}
    </p>
  );
}

/** A share as a short badge ("合成 12.3%"), for table cells; nothing at 0. */
export function SyntheticShareBadge(props: { share: number; n: number; total: number }) {
  const { lang } = useLang();
  const ts = useDictionary(syntheticText);
  if (props.n <= 0) return null;
  return (
    <span
      className="badge badge-synthetic"
      title={ts('shareTitle', { n: props.n, total: props.total })}
      data-testid="synthetic-share-badge"
    >
      {ts('share', { share: formatPercent(lang, props.share) })}
    </span>
  );
}
