import { formatPercent } from '../../i18n/common.ts';
import { useLang } from '../../lang.tsx';
import type { Member } from '../../types.ts';

/** A membership inferred by a rule: its confidence, the rule's words on hover. */
export function InferredBadge({ m }: { m: NonNullable<Member['membership']> }) {
  const { t, lang } = useLang();
  const p = formatPercent(lang, m.confidence ?? 0);
  return (
    <span
      className="badge badge-inferred"
      title={t('inferredMemberTitle', { p })}
      data-testid="inferred-member"
    >
      {t('inferredMember', { p })}
    </span>
  );
}
