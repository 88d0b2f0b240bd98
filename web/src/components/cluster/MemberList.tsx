import { useState } from 'react';
import { useDictionary } from '../../i18n/dictionary.ts';
import { membersText } from '../../i18n/members.ts';
import { useLang } from '../../lang.tsx';
import { provenanceText } from '../../provenance.ts';
import { organizationHref } from '../../route.ts';
import type { Member } from '../../types.ts';
import { SyntheticBadge, UnverifiedBadge } from '../Badges.tsx';
import { Pager } from '../Pager.tsx';
import { DataText } from '../SourceText.tsx';
import { InferredBadge } from './InferredBadge.tsx';

const PAGE_SIZE = 25;

/**
 * A cluster's members a page at a time (a hundred in one bullet list could
 * not be read), with a box that narrows them by name, place, kind or tag.
 * Members keep the profile's order: those with a role first, then recorded
 * before inferred.
 */
export function MemberList(props: { members: Member[]; memberCount: number }) {
  const l = useLang();
  const { name, code, join } = l;
  const tm = useDictionary(membersText);
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(1);
  const line = (m: Member) =>
    [
      name(m.name, m.nameEn),
      m.name,
      m.nameEn ?? '',
      code('kind', m.kind),
      m.regionNameZh ? name(m.regionNameZh, m.regionNameEn) : '',
      ...m.tags.map((tag) => code('tag', tag)),
    ]
      .join(' ')
      .toLowerCase();
  const q = query.trim().toLowerCase();
  const shown = q ? props.members.filter((m) => line(m).includes(q)) : props.members;
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const at = Math.min(page, pages);
  const rest = props.memberCount - props.members.length;
  return (
    <>
      {props.members.length > PAGE_SIZE ? (
        <label className="member-filter">
          {tm('filter')}{' '}
          <input
            type="search"
            value={query}
            placeholder={tm('filterPlaceholder')}
            onChange={(e) => {
              setQuery(e.target.value);
              setPage(1);
            }}
            data-testid="member-filter"
          />
        </label>
      ) : null}
      {shown.length === 0 ? <p className="muted">{tm('none')}</p> : null}
      <ul className="members-list" data-testid="member-list">
        {shown.slice((at - 1) * PAGE_SIZE, at * PAGE_SIZE).map((m) => (
          <li key={m.id} title={provenanceText(m.provenance, l)}>
            {/* A name without an English one stays as registered, marked Chinese. */}
            <a href={organizationHref(m.id)}>
              <DataText text={name(m.name, m.nameEn)} />
            </a>
            <span className="muted">
              {' '}
              {code('kind', m.kind)}
              {m.regionNameZh ? (
                <>
                  {' · '}
                  <DataText text={name(m.regionNameZh, m.regionNameEn)} />
                </>
              ) : null}
              {m.tags.length ? ` · ${join(m.tags.map((tag) => code('tag', tag)))}` : ''}
            </span>
            {m.synthetic ? <SyntheticBadge /> : null}
            {!m.verified ? <UnverifiedBadge /> : null}
            {m.membership?.method === 'inferred' ? <InferredBadge m={m.membership} /> : null}
          </li>
        ))}
      </ul>
      <Pager
        page={{ items: [], total: shown.length, page: at, pageSize: PAGE_SIZE }}
        onPage={setPage}
      />
      {rest > 0 ? <p className="muted">{tm('more', { n: rest })}</p> : null}
    </>
  );
}
