import { ACTION_STATES, chainApi, type ActionState, type ChainAction } from '../../api/chain.ts';
import { actionsText } from '../../i18n/actions.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { formatPercent } from '../../i18n/common.ts';
import { useLang } from '../../lang.tsx';
import { organizationHref } from '../../route.ts';
import { useReload } from '../../use-load.ts';

/**
 * The attraction pipeline as a board, one column per state; analysts move a
 * card to its next state. Under it, what landed firms change in the chain
 * (the panorama's action effect).
 */
export function ActionBoard(props: {
  cluster: string;
  chain: string;
  actions: ChainAction[];
  /** Actions in each state on every page, not only the cards shown. */
  byState: Partial<Record<ActionState, number>>;
  canEdit: boolean;
  nodeName: (id: string) => string;
  onChange: () => void;
  generation: number;
}) {
  const { lang } = useLang();
  const tt = useDictionary(actionsText);
  const effect = useReload(`effect|${props.cluster}|${props.chain}|${props.generation}`, () =>
    chainApi.panorama(props.cluster, props.chain),
  );
  const label = (s: ActionState) => tt(`state.${s}` as 'state.identified');
  const move = (a: ChainAction, s: ActionState) =>
    chainApi.moveAction(a.id, s).then(props.onChange, () => props.onChange());
  const fx = effect.data?.actions;
  return (
    <section data-testid="action-board">
      <h3>{tt('board')}</h3>
      <p className="muted">{tt('boardHint')}</p>
      {props.actions.length === 0 ? <p className="muted">{tt('empty')}</p> : null}
      {props.actions.length ? (
        <div className="action-board">
          {ACTION_STATES.map((s) => (
            <div key={s} className="action-column" data-state={s}>
              <h4>
                {label(s)} ({props.byState[s] ?? 0})
              </h4>
              {props.actions
                .filter((a) => a.state === s)
                .map((a) => (
                  <div key={a.id} className="action-card" data-testid="action-card">
                    <a href={organizationHref(a.organization)}>{a.organizationName}</a>
                    <div className="muted">{props.nodeName(a.node)}</div>
                    {props.canEdit
                      ? a.next.map((n) => (
                          <button
                            key={n}
                            type="button"
                            className="small-button"
                            onClick={() => void move(a, n)}
                            data-testid={`action-${n}`}
                          >
                            {tt('moveTo', { state: label(n) })}
                          </button>
                        ))
                      : null}
                  </div>
                ))}
            </div>
          ))}
        </div>
      ) : null}
      {fx && fx.landed.length ? (
        <p data-testid="action-effect">
          {tt('effect', {
            before: formatPercent(lang, fx.completenessBefore),
            after: formatPercent(lang, fx.completenessAfter),
          })}
          {fx.changed.length
            ? ` · ${tt('changed', { list: fx.changed.map((c) => props.nodeName(c.node)).join('、') })}`
            : ''}
        </p>
      ) : null}
    </section>
  );
}
