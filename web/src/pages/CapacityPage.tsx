import { useState } from 'react';
import {
  capacityApi,
  type CapacityAllocationAnswer,
  type CapacityAllocationRequest,
} from '../api/capacity.ts';
import { sessionApi } from '../api/session.ts';
import { AllocationForm } from '../components/capacity/AllocationForm.tsx';
import { AllocationResult } from '../components/capacity/AllocationResult.tsx';
import { useDictionary } from '../i18n/dictionary.ts';
import { capacityText } from '../i18n/capacity.ts';
import { useLang } from '../lang.tsx';
import { useLoad } from '../useLoad.ts';

/**
 * The capacity alliance's operator (#/matching/capacity): members' capacity
 * and the orders pasted in, the least-cost allocation back. Analysts only:
 * members' capacities and costs are confidential, and the API refuses others.
 */
export function CapacityPage() {
  const { t } = useLang();
  const tt = useDictionary(capacityText);
  const me = useLoad('me', () => sessionApi.me());
  const [answer, setAnswer] = useState<CapacityAllocationAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const analyst = me.data?.role === 'analyst' || me.data?.role === 'admin';
  const run = (request: CapacityAllocationRequest) => {
    setBusy(true);
    setError(null);
    capacityApi
      .allocate(request)
      .then(setAnswer, (e: Error) => setError(e.message))
      .finally(() => setBusy(false));
  };
  return (
    <section className="page capacity-page" data-testid="page-capacity">
      <h2>{tt('title')}</h2>
      <p className="muted">{tt('intro')}</p>
      {!me.data ? <p className="muted">{t('loading')}</p> : null}
      {me.data && !analyst ? (
        <p className="muted" data-testid="capacity-confidential">
          {tt('confidential')}
        </p>
      ) : null}
      {analyst ? <AllocationForm busy={busy} onSubmit={run} /> : null}
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
      {answer ? <AllocationResult answer={answer} /> : null}
    </section>
  );
}
