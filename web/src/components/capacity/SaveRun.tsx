import { useState, type FormEvent } from 'react';
import {
  capacityApi,
  type CapacityAllocationRequest,
  type CapacityRun,
} from '../../api/capacity.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { capacityText } from '../../i18n/capacity.ts';

/**
 * The operator saves the run just computed, under a name: the server solves
 * it again from the same inputs, and each member whose capacity rows name an
 * atlas organisation then reads its own lines.
 */
export function SaveRun(props: {
  request: CapacityAllocationRequest;
  onSaved: (run: CapacityRun) => void;
}) {
  const tt = useDictionary(capacityText);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const unnamed = !props.request.capacities.some((c) => 'organization' in c && c.organization);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return;
    setBusy(true);
    setError(null);
    capacityApi
      .saveRun({ ...props.request, name: name.trim() })
      .then(props.onSaved, (x: Error) => setError(x.message))
      .finally(() => setBusy(false));
  };
  return (
    <form className="form-row" onSubmit={submit} data-testid="capacity-save">
      <label>
        {tt('runName')}{' '}
        <input
          value={name}
          maxLength={200}
          required
          onChange={(e) => setName(e.target.value)}
          data-testid="capacity-save-name"
        />
      </label>
      <button type="submit" disabled={busy} data-testid="capacity-save-run">
        {tt('saveRun')}
      </button>
      <span className="muted small">{unnamed ? tt('saveUnnamed') : tt('saveHelp')}</span>
      {error ? (
        <span role="alert" className="error">
          {error}
        </span>
      ) : null}
    </form>
  );
}
