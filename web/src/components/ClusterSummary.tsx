import { SourceText } from './SourceText.tsx';
import { formatPercent } from '../i18n/common.ts';
import { useLang } from '../lang.tsx';
import { citeSource } from '../citation.ts';
import { provenanceText } from '../provenance.ts';
import { MemberList } from './cluster/MemberList.tsx';
import type { ClusterProfile, Count } from '../types.ts';
import { NationalBadge, SyntheticBadge, UnverifiedBadge } from './Badges.tsx';

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
          <MemberList members={p.members} memberCount={p.memberCount} />
        </>
      ) : null}
    </div>
  );
}
