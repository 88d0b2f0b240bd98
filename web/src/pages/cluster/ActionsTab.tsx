import { useState } from 'react';
import { chainApi } from '../../api/chain.ts';
import { sessionApi } from '../../api/session.ts';
import { ActionBoard } from '../../components/chain/ActionBoard.tsx';
import { NodeTargets } from '../../components/actions/NodeTargets.tsx';
import { ChainPicker } from '../../components/chain/ChainPicker.tsx';
import { GapTable } from '../../components/chain/GapTable.tsx';
import { targetPlaces } from '../../components/chain/target-places.ts';
import { Pager } from '../../components/Pager.tsx';
import { chainText } from '../../i18n/chain.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { useLang } from '../../lang.tsx';
import type { ClusterProfile } from '../../types.ts';
import { useLoad, useReload } from '../../use-load.ts';

/**
 * What to do about the cluster's chain: its gaps with the action each calls
 * for (fill, strengthen, localise, extend), and firms elsewhere to attract
 * for them, ranked, every rank with its reasons.
 */
export function ActionsTab(props: { cluster: ClusterProfile }) {
  return (
    <section className="tab actions-tab" data-testid="tab-actions">
      <ChainPicker clusterName={props.cluster.name}>
        {(chain) => <Actions key={chain} cluster={props.cluster.id} chain={chain} />}
      </ChainPicker>
    </section>
  );
}

function Actions(props: { cluster: string; chain: string }) {
  const { t, name } = useLang();
  const tt = useDictionary(chainText);
  const key = `${props.cluster}|${props.chain}`;
  const [generation, setGeneration] = useState(0);
  const [page, setPage] = useState(1);
  const gaps = useLoad(key, () => chainApi.gaps(props.cluster, props.chain));
  // Refreshed after each move (a target says where its action stands), keeping the last answer meanwhile.
  const targets = useReload(`${key}|${generation}`, () =>
    chainApi.targets(props.cluster, props.chain),
  );
  const actions = useReload(`${key}|${generation}|${page}`, () =>
    chainApi.actions(props.cluster, props.chain, page),
  );
  const targetIds = [...new Set(targets.data?.nodes.flatMap((n) => n.targets.map((x) => x.id)))];
  // The city before the district (a district's name alone is ambiguous), arriving after the list.
  const places = useLoad(`places|${targetIds.join(',')}`, () => targetPlaces(targetIds));
  const me = useLoad('me', () => sessionApi.me());
  const canEdit = me.data?.role === 'analyst' || me.data?.role === 'admin';
  if (gaps.error || targets.error) return <p role="alert">{gaps.error ?? targets.error}</p>;
  if (!gaps.data || !targets.data) return <p className="muted">{t('loading')}</p>;
  const nodeNames = new Map(gaps.data.gaps.map((g) => [g.node, name(g.nameZh, g.nameEn)]));
  for (const n of targets.data.nodes) nodeNames.set(n.node, name(n.nameZh, n.nameEn));
  const reload = () => setGeneration((g) => g + 1);
  const placeOf = (id: string, fallback: string | null) => {
    const p = places.data?.get(id);
    return p ? name(p.zh, p.en) : (fallback ?? '');
  };
  return (
    <>
      <ActionBoard
        cluster={props.cluster}
        chain={props.chain}
        actions={actions.data?.items ?? []}
        byState={actions.data?.byState ?? {}}
        canEdit={canEdit}
        nodeName={(id) => nodeNames.get(id) ?? id}
        onChange={reload}
        generation={generation}
      />
      {actions.data ? <Pager page={actions.data} onPage={setPage} /> : null}
      <h3>{tt('gaps')}</h3>
      {gaps.data.warnings?.some((w) => w.code === 'ATLAS_W_NO_MEMBER_DATA') ? (
        <p className="muted" data-testid="gaps-no-data">
          {tt('noMemberData')}
        </p>
      ) : gaps.data.gaps.length === 0 ? (
        <p className="muted">{tt('noGaps')}</p>
      ) : null}
      <GapTable gaps={gaps.data.gaps} />
      <h3>{tt('targets')}</h3>
      {targets.data.nodes.map((n) => (
        <NodeTargets
          key={n.node}
          cluster={props.cluster}
          chain={props.chain}
          n={n}
          canEdit={canEdit}
          placeOf={placeOf}
          reload={reload}
        />
      ))}
    </>
  );
}
