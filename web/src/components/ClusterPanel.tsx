import { api } from '../api.ts';
import { formatPercent } from '../i18n.ts';
import { useLang } from '../lang.tsx';
import { useLoad } from '../useLoad.ts';
import { provenanceText } from '../provenance.ts';
import { clusterHref } from '../route.ts';
import type { Count } from '../types.ts';
import { NationalBadge, SyntheticBadge, UnverifiedBadge } from './Badges.tsx';

const MEMBERS_SHOWN = 100;

/** One cluster: regions, provenance, members by kind and tag, synthetic share, members. */
export function ClusterPanel(props: { id: string; onClose: () => void }) {
  const l = useLang();
  const { t, name, code, lang, join } = l;
  const { data: profile, error } = useLoad(props.id, () => api.cluster(props.id));

  if (error) {
    return (
      <aside className="panel" role="alert">
        {t('loadFailed')}: {error}
      </aside>
    );
  }
  if (!profile) return <aside className="panel muted">{t('loading')}</aside>;

  const p = profile;
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
    <aside className="panel" data-testid="cluster-panel" aria-label={name(p.name, p.nameEn)}>
      <header className="panel-head">
        <h2>{name(p.name, p.nameEn)}</h2>
        <button type="button" className="close" onClick={props.onClose} aria-label={t('close')}>
          ×
        </button>
      </header>
      <a className="open-profile" href={clusterHref(p.id)} data-testid="open-profile">
        {t('openProfile')} →
      </a>
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
          {p.provenance.source ?? '—'}
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
                <span>{name(m.name, m.nameEn)}</span>
                <span className="muted">
                  {' '}
                  {code('kind', m.kind)}
                  {m.regionNameZh ? ` · ${name(m.regionNameZh, m.regionNameEn)}` : ''}
                  {m.tags.length ? ` · ${join(m.tags.map((tag) => code('tag', tag)))}` : ''}
                </span>
                {m.synthetic ? <SyntheticBadge /> : null}
                {!m.verified ? <UnverifiedBadge /> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </aside>
  );
}
