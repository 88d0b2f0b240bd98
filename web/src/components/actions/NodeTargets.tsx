import { chainApi, type NodeTargets as Targets } from '../../api/chain.ts';
import { actionsText } from '../../i18n/actions.ts';
import { chainText } from '../../i18n/chain.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { useIndustryTitle } from '../../industry-title.ts';
import { useLang } from '../../lang.tsx';
import { organizationHref } from '../../route.ts';
import { SyntheticBadge } from '../Badges.tsx';
import { useEvidenceSpeaker } from '../chain/evidence-speaker.ts';
import { targetReasons } from '../chain/target-reasons.ts';
import { DataText } from '../SourceText.tsx';

/**
 * One chain node's firms to attract, ranked: place, score, whether an
 * action tracks it (or, for an editor, a button to track it), and the
 * reasons for its rank.
 */
export function NodeTargets(props: {
  cluster: string;
  chain: string;
  n: Targets;
  canEdit: boolean;
  placeOf: (id: string, fallback: string | null) => string;
  reload: () => void;
}) {
  const { n, canEdit, reload } = props;
  const { name, lang } = useLang();
  const speaker = useEvidenceSpeaker();
  const { title } = useIndustryTitle(n.targets.some((x) => x.placedBy?.by === 'code'));
  const tt = useDictionary(chainText);
  const ta = useDictionary(actionsText);
  return (
    <div className="targets-node">
      <h4>{name(n.nameZh, n.nameEn)}</h4>
      {n.targets.length === 0 ? <p className="muted">{tt('noTargets')}</p> : null}
      <ol data-testid="targets">
        {n.targets.map((x) => (
          <li key={x.id}>
            <a href={organizationHref(x.id)}>
              <DataText text={x.name} />
            </a>{' '}
            {x.synthetic ? <SyntheticBadge /> : null}{' '}
            <span className="muted">
              <DataText text={props.placeOf(x.id, x.regionName)} /> · {tt('score')}{' '}
              {x.score.toFixed(2)}
            </span>{' '}
            {x.action && x.action.state !== 'dropped' ? (
              <span className="muted" data-testid="target-tracked">
                {ta('tracked', { state: ta(`state.${x.action.state}` as 'state.identified') })}
              </span>
            ) : canEdit ? (
              <button
                type="button"
                className="small-button"
                data-testid="track-target"
                onClick={() =>
                  void chainApi.track(props.cluster, props.chain, n.node, x.id).then(reload, reload)
                }
              >
                {ta('track')}
              </button>
            ) : null}
            <ul className="reasons">
              {targetReasons(x, lang, speaker, {
                place: props.placeOf(x.id, x.regionName),
                industry: title,
              }).map((r) => (
                <li key={r}>
                  <DataText text={r} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </div>
  );
}
