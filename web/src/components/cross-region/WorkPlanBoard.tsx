import { useState, type FormEvent } from 'react';
import { crossRegionApi, type WorkPlan } from '../../api/cross-region.ts';
import { sessionApi } from '../../api/session.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { crossRegionText } from '../../i18n/cross-region.ts';
import { useLang } from '../../lang.tsx';
import { useLoad, useReload } from '../../use-load.ts';

const KINDS = ['target', 'platform', 'action'] as const;
const STATES = ['planned', 'in_progress', 'done', 'dropped'] as const;
type Kind = (typeof KINDS)[number];
type State = (typeof STATES)[number];

/** The joint work plan: every item with its lead; analysts add, move and remove items. */
export function WorkPlanBoard(props: { cluster: string }) {
  const { t } = useLang();
  const tt = useDictionary(crossRegionText);
  const [generation, setGeneration] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const me = useLoad('me', () => sessionApi.me());
  const analyst = me.data?.role === 'analyst' || me.data?.role === 'admin';
  const plan = useReload(`work-plan|${props.cluster}|${generation}`, () =>
    crossRegionApi.plan(props.cluster),
  );
  const act = (p: Promise<unknown>) => {
    setError(null);
    p.then(
      () => setGeneration((g) => g + 1),
      (e: Error) => setError(e.message),
    );
  };
  if (!plan.data) return <p className="muted">{plan.error ?? t('loading')}</p>;
  return (
    <section data-testid="work-plan">
      <h4>{tt('planTitle')}</h4>
      <p className="muted small">{tt('planIntro')}</p>
      {error ? <p role="alert">{error}</p> : null}
      {plan.data.items.length === 0 ? <p className="muted">{tt('emptyPlan')}</p> : null}
      {plan.data.items.length > 0 ? (
        <WorkItemsTable plan={plan.data} analyst={analyst} act={act} />
      ) : null}
      {analyst ? (
        <AddItem plan={plan.data} onAdd={(p) => act(p)} />
      ) : (
        <p className="muted small">{tt('signInToEdit')}</p>
      )}
    </section>
  );
}

/** The plan's items; an analyst moves an item's state or removes it. */
function WorkItemsTable(props: {
  plan: WorkPlan;
  analyst: boolean;
  act: (p: Promise<unknown>) => void;
}) {
  const { name } = useLang();
  const tt = useDictionary(crossRegionText);
  const lead = (code: string) => {
    const l = props.plan.leads.find((x) => x.code === code);
    return l ? name(l.nameZh, l.nameEn) : code;
  };
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{tt('kind')}</th>
          <th scope="col">{tt('itemTitle')}</th>
          <th scope="col">{tt('lead')}</th>
          <th scope="col">{tt('leadOrg')}</th>
          <th scope="col">{tt('state')}</th>
          <th scope="col">{tt('due')}</th>
          {props.analyst ? <th scope="col" aria-label={tt('remove')} /> : null}
        </tr>
      </thead>
      <tbody>
        {props.plan.items.map((i) => (
          <tr key={i.id} data-testid="work-item">
            <td>{tt(`kind.${i.kind}`)}</td>
            <td>
              {i.title}
              {i.detail ? <div className="muted small">{i.detail}</div> : null}
            </td>
            <td>{lead(i.leadProvince)}</td>
            <td>{i.leadOrganization ?? ''}</td>
            <td>
              {props.analyst ? (
                <select
                  aria-label={tt('state')}
                  value={i.state}
                  onChange={(e) =>
                    props.act(crossRegionApi.change(i.id, { state: e.target.value as State }))
                  }
                >
                  {STATES.map((s) => (
                    <option key={s} value={s}>
                      {tt(`state.${s}`)}
                    </option>
                  ))}
                </select>
              ) : (
                tt(`state.${i.state}`)
              )}
            </td>
            <td>{i.due ?? ''}</td>
            {props.analyst ? (
              <td>
                <button
                  type="button"
                  className="small-button"
                  onClick={() => props.act(crossRegionApi.remove(i.id))}
                >
                  {tt('remove')}
                </button>
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function AddItem(props: { plan: WorkPlan; onAdd: (p: Promise<unknown>) => void }) {
  const { name } = useLang();
  const tt = useDictionary(crossRegionText);
  const [kind, setKind] = useState<Kind>('target');
  const [title, setTitle] = useState('');
  const [leadProvince, setLead] = useState(props.plan.leads[0]?.code ?? 'joint');
  const [leadOrganization, setOrg] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    props.onAdd(
      crossRegionApi.add(props.plan.cluster, {
        kind,
        title,
        leadProvince,
        leadOrganization: leadOrganization.trim() || undefined,
      }),
    );
    setTitle('');
  };
  return (
    <form className="inline-form" onSubmit={submit} data-testid="work-plan-add">
      <label>
        {tt('kind')}{' '}
        <select value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {tt(`kind.${k}`)}
            </option>
          ))}
        </select>
      </label>{' '}
      <label>
        {tt('itemTitle')}{' '}
        <input value={title} required maxLength={200} onChange={(e) => setTitle(e.target.value)} />
      </label>{' '}
      <label>
        {tt('lead')}{' '}
        <select value={leadProvince} onChange={(e) => setLead(e.target.value)}>
          {props.plan.leads.map((l) => (
            <option key={l.code} value={l.code}>
              {name(l.nameZh, l.nameEn)}
            </option>
          ))}
        </select>
      </label>{' '}
      <label>
        {tt('leadOrg')}{' '}
        <input value={leadOrganization} maxLength={200} onChange={(e) => setOrg(e.target.value)} />
      </label>{' '}
      <button type="submit" className="small-button">
        {tt('add')}
      </button>
    </form>
  );
}
