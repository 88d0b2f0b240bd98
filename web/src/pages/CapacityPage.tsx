import { useState } from 'react';
import {
  capacityApi,
  type CapacityAllocationAnswer,
  type CapacityAllocationRequest,
} from '../api/capacity.ts';
import { sessionApi } from '../api/session.ts';
import { AllocationForm } from '../components/capacity/AllocationForm.tsx';
import { AllocationResult } from '../components/capacity/AllocationResult.tsx';
import { OverCapacitySignals } from '../components/capacity/OverCapacitySignals.tsx';
import { SavedRuns } from '../components/capacity/SavedRuns.tsx';
import { SaveRun } from '../components/capacity/SaveRun.tsx';
import { fill, useDictionary } from '../i18n/dictionary.ts';
import { capacityText } from '../i18n/capacity.ts';
import { useLang } from '../lang.tsx';
import { useLoad } from '../use-load.ts';

/** The allocation request without the organisations the capacity rows may name (the solver needs none). */
const forSolver = (r: CapacityAllocationRequest): CapacityAllocationRequest => ({
  ...r,
  capacities: r.capacities.map((c) => {
    const { organization: _organization, ...rest } = c as typeof c & { organization?: string };
    return rest;
  }),
});

/**
 * The capacity alliance (#/matching/capacity). The operator (an analyst)
 * pastes members' capacity and the orders, gets the least-cost allocation
 * and saves it; a member firm's account reads the orders allocated to its
 * own organisation in the saved runs, nothing of the other members (the API
 * selects its lines). Visitors and viewers are told the figures are
 * confidential and request nothing.
 */
export function CapacityPage() {
  const { t } = useLang();
  const tt = useDictionary(capacityText);
  const me = useLoad('me', () => sessionApi.me());
  const [request, setRequest] = useState<CapacityAllocationRequest | null>(null);
  const [answer, setAnswer] = useState<CapacityAllocationAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const analyst = me.data?.role === 'analyst' || me.data?.role === 'admin';
  const member = me.data?.role === 'member';
  const run = (given: CapacityAllocationRequest) => {
    setBusy(true);
    setError(null);
    setSaved(null);
    capacityApi
      .allocate(forSolver(given))
      .then(
        (a) => {
          setAnswer(a);
          setRequest(given);
        },
        (e: Error) => setError(e.message),
      )
      .finally(() => setBusy(false));
  };
  return (
    <section className="page capacity-page" data-testid="page-capacity">
      <h2>{tt('title')}</h2>
      <p className="muted">{tt('intro')}</p>
      {!me.data ? <p className="muted">{t('loading')}</p> : null}
      {me.data && !analyst && !member ? (
        <p className="muted" data-testid="capacity-confidential">
          {tt('confidential')}
        </p>
      ) : null}
      {member ? (
        <p className="muted" data-testid="capacity-member-intro">
          {me.data?.organization ? tt('memberIntro') : tt('memberNoOrganization')}
        </p>
      ) : null}
      {analyst ? <AllocationForm busy={busy} onSubmit={run} /> : null}
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
      {answer ? <AllocationResult answer={answer} /> : null}
      {analyst && answer && request ? (
        <SaveRun
          request={request}
          onSaved={(r) => {
            setSaved(fill(tt('saved'), { name: r.name }));
            setVersion((v) => v + 1);
          }}
        />
      ) : null}
      {saved ? (
        <p className="muted" data-testid="capacity-saved">
          {saved}
        </p>
      ) : null}
      {analyst || (member && me.data?.organization) ? <SavedRuns version={version} /> : null}
      {me.data ? <OverCapacitySignals /> : null}
    </section>
  );
}
