import { useState } from 'react';
import { microClusterApi, type MicroClusterGroup } from '../../api/micro-clusters.ts';
import { sessionApi } from '../../api/session.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { networkText } from '../../i18n/network.ts';
import { useLang } from '../../lang.tsx';
import { organizationHref } from '../../route.ts';
import { useLoad, useReload } from '../../use-load.ts';
import { SyntheticBadge } from '../Badges.tsx';
import { Pager } from '../Pager.tsx';
import { ChainPicker } from '../chain/ChainPicker.tsx';

const MEMBERS_SHOWN = 8;

/** Micro-cluster proposals of the cluster and the groups started (analysts start and log them). */
export function MicroClusters(props: { cluster: string; clusterName: string }) {
  const tt = useDictionary(networkText);
  return (
    <section className="disruption" data-testid="micro-clusters">
      <h3>{tt('microTitle')}</h3>
      <p className="muted">{tt('microHint')}</p>
      <ChainPicker clusterName={props.clusterName}>
        {(chain) => <Proposals key={chain} cluster={props.cluster} chain={chain} />}
      </ChainPicker>
    </section>
  );
}

function Proposals(props: { cluster: string; chain: string }) {
  const { t } = useLang();
  const tt = useDictionary(networkText);
  const [generation, setGeneration] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const me = useLoad('me', () => sessionApi.me());
  const analyst = me.data?.role === 'analyst' || me.data?.role === 'admin';
  const [page, setPage] = useState(1);
  const data = useLoad(`micro|${props.cluster}|${props.chain}|${generation}`, () =>
    microClusterApi.list(props.cluster, props.chain),
  );
  const groups = useReload(`micro-groups|${props.cluster}|${generation}|${page}`, () =>
    microClusterApi.groups(props.cluster, page),
  );
  const act = (p: Promise<unknown>) => {
    setError(null);
    p.then(
      () => setGeneration((g) => g + 1),
      (e: Error) => setError(e.message),
    );
  };
  if (!data.data) return <p className="muted">{data.error ?? t('loading')}</p>;
  return (
    <>
      {error ? <p role="alert">{error}</p> : null}
      <ol data-testid="micro-proposals">
        {data.data.proposals.map((p) => (
          <li key={p.problem} data-testid="micro-proposal">
            <strong>{p.label}</strong>{' '}
            <span className="muted">
              {p.kind === 'topic' ? tt('microTopic') : tt('microNode')} ·{' '}
              {tt('microMembers', { f: p.firms, r: p.research })}
            </span>{' '}
            {analyst ? (
              <button
                type="button"
                className="small-button"
                onClick={() => act(microClusterApi.start(props.cluster, p))}
                data-testid="micro-start"
              >
                {tt('microStart')}
              </button>
            ) : null}
            <div className="muted">
              {p.members.slice(0, MEMBERS_SHOWN).map((m, i) => (
                <span key={m.id}>
                  {i ? '、' : ''}
                  <a href={organizationHref(m.id)}>{m.name}</a>
                  {m.synthetic ? <SyntheticBadge /> : null}
                </span>
              ))}
              {p.members.length > MEMBERS_SHOWN ? ` … +${p.members.length - MEMBERS_SHOWN}` : ''}
            </div>
          </li>
        ))}
      </ol>
      <h4>{tt('microGroups')}</h4>
      {groups.error ? <p role="alert">{groups.error}</p> : null}
      {groups.data && groups.data.total === 0 ? <p className="muted">{tt('microNone')}</p> : null}
      <ul data-testid="micro-groups">
        {(groups.data?.items ?? []).map((g) => (
          <Group key={g.id} group={g} analyst={analyst} act={act} />
        ))}
      </ul>
      {groups.data ? <Pager page={groups.data} onPage={setPage} /> : null}
    </>
  );
}

function Group(props: {
  group: MicroClusterGroup;
  analyst: boolean;
  act: (p: Promise<unknown>) => void;
}) {
  const tt = useDictionary(networkText);
  const { t } = useLang();
  const [note, setNote] = useState('');
  const g = props.group;
  const last = g.events[g.events.length - 1];
  return (
    <li data-testid="micro-group" data-state={g.state}>
      <strong>{g.label}</strong> · {tt(`micro.${g.state}` as 'micro.active')} ·{' '}
      {t('membersN', { n: g.members.length })} ·{' '}
      <span className="muted">
        {last
          ? `${tt(`event.${last.kind}` as 'event.created')} ${last.happenedAt.slice(0, 10)}`
          : ''}
        {last?.note ? ` · ${last.note}` : ''}
      </span>
      {props.analyst && g.state === 'active' ? (
        <div>
          <input
            value={note}
            onChange={(e) => setNote(e.target.value)}
            placeholder={tt('microNote')}
            aria-label={tt('microNote')}
          />{' '}
          <button
            type="button"
            className="small-button"
            onClick={() => props.act(microClusterApi.log(g.id, 'meeting', note))}
            data-testid="micro-log"
          >
            {tt('microMeeting')}
          </button>
          <button
            type="button"
            className="small-button"
            onClick={() => props.act(microClusterApi.log(g.id, 'closed'))}
          >
            {tt('microClose')}
          </button>
        </div>
      ) : null}
    </li>
  );
}
