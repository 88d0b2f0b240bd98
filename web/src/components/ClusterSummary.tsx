import { SourceText } from './SourceText.tsx';
import { formatPercent } from '../i18n.ts';
import { useLang } from '../lang.tsx';
import { citeSource } from '../citation.ts';
import { provenanceText } from '../provenance.ts';
import { organizationHref } from '../route.ts';
import type { ClusterProfile, Count, Member } from '../types.ts';
import { NationalBadge, SyntheticBadge, UnverifiedBadge } from './Badges.tsx';

const MEMBERS_SHOWN = 100;

/**
 * What a cluster is: badges, regions, field, members by kind and tag (with
 * the synthetic share), provenance, and its members, each leading to its
 * organisation page. The map's panel and the profile's overview show it.
 */
export function ClusterSummary({ profile: p }: { profile: ClusterProfile }) {
  const l = useLang();
  const { t, name, code, lang, join } = l;
  const counts = (rows: Count[], group: string) => (
    <table className="counts">
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <td>{code(group, r.key)}</td>
            <td className="num">{r.count}</td>
            <td>{r.synthetic > 0 ? <SyntheticBadge count={r.synthetic} /> : null}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <div className="cluster-summary">
      <div className="cluster-badges">
        {p.designation === 'national' ? (
          <NationalBadge round={p.round} />
        ) : (
          <span className="badge">{code('designation', p.designation)}</span>
        )}
        {p.synthetic ? <SyntheticBadge /> : null}
        {!p.verified ? <UnverifiedBadge /> : null}
      </div>
      <dl className="facts">
        <dt>{t('regions')}</dt>
        <dd>{join(p.regionNames.map((r) => name(r.nameZh, r.nameEn))) || '—'}</dd>
        {p.field ? (
          <>
            <dt>{t('field')}</dt>
            <dd>{code('field', p.field)}</dd>
          </>
        ) : null}
        <dt>{t('membersCount')}</dt>
        <dd>
          {p.memberCount}
          {p.syntheticMemberCount > 0 ? <SyntheticBadge count={p.syntheticMemberCount} /> : null}
        </dd>
        {p.syntheticShare !== null ? (
          <>
            <dt>{t('syntheticShare')}</dt>
            <dd title={t('syntheticTitle')}>{formatPercent(lang, p.syntheticShare)}</dd>
          </>
        ) : null}
        <dt>{t('provenance')}</dt>
        <dd className="provenance" title={provenanceText(p.provenance, l)}>
          <SourceText text={citeSource(lang, p.provenance.source)} />
          {p.provenance.year ? ` (${p.provenance.year})` : ''}
          {p.provenance.method ? ` · ${code('method', p.provenance.method)}` : ''}
        </dd>
      </dl>
      {p.memberCount === 0 ? <p className="muted">{t('noMembers')}</p> : null}
      {p.byKind.length > 0 ? (
        <>
          <h3>{t('byKind')}</h3>
          {counts(p.byKind, 'kind')}
        </>
      ) : null}
      {p.byTag.length > 0 ? (
        <>
          <h3>{t('byTag')}</h3>
          {counts(p.byTag, 'tag')}
        </>
      ) : null}
      {p.members.length > 0 ? (
        <>
          <h3>{t('members')}</h3>
          {p.members.length > MEMBERS_SHOWN || p.membersTruncated ? (
            <p className="muted">
              {t('membersTruncated', { n: Math.min(MEMBERS_SHOWN, p.members.length) })}
            </p>
          ) : null}
          <ul className="members-list" data-testid="member-list">
            {p.members.slice(0, MEMBERS_SHOWN).map((m) => (
              <li key={m.id} title={provenanceText(m.provenance, l)}>
                <a href={organizationHref(m.id)}>{name(m.name, m.nameEn)}</a>
                <span className="muted">
                  {' '}
                  {code('kind', m.kind)}
                  {m.regionNameZh ? ` · ${name(m.regionNameZh, m.regionNameEn)}` : ''}
                  {m.tags.length ? ` · ${join(m.tags.map((tag) => code('tag', tag)))}` : ''}
                </span>
                {m.synthetic ? <SyntheticBadge /> : null}
                {!m.verified ? <UnverifiedBadge /> : null}
                {m.membership?.method === 'inferred' ? <InferredBadge m={m.membership} /> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

/** A membership inferred by a rule: its confidence, the rule's words on hover. */
function InferredBadge({ m }: { m: NonNullable<Member['membership']> }) {
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
