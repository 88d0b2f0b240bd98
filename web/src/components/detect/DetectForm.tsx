import type { FormEvent } from 'react';
import type { DetectParams } from '../../api/spatial.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { spatialText } from '../../i18n/spatial.ts';
import { MultiPicker, Picker } from '../Picker.tsx';

/** The detection's parameters: industry or chain node, regions, method, radius and minimum points. */
export function DetectForm(props: {
  params: DetectParams;
  set: <K extends keyof DetectParams>(k: K, v: DetectParams[K]) => void;
  busy: boolean;
  onSubmit: (e: FormEvent) => void;
}) {
  const { params, set, busy } = props;
  const tt = useDictionary(spatialText);
  return (
    <form onSubmit={props.onSubmit} className="detect-form">
      <Picker
        types={['industry', 'chain_node']}
        value={params.industry.replace(/^chain:/, '')}
        onChange={(id, hit) => set('industry', hit?.type === 'chain_node' ? `chain:${id}` : id)}
        label={tt('industry')}
        testId="detect-industry"
        required
      />
      <MultiPicker
        types={['region']}
        value={(params.region ?? '').split(',').filter((c) => c !== '')}
        onChange={(codes) => set('region', codes.join(','))}
        label={tt('region')}
        testId="detect-regions"
      />
      <label>
        {tt('method')}
        <select
          value={params.method}
          onChange={(e) => set('method', e.target.value as DetectParams['method'])}
        >
          <option value="dbscan">DBSCAN</option>
          <option value="hdbscan">HDBSCAN</option>
        </select>
      </label>
      <label>
        {tt('epsKm')}
        <input
          type="number"
          min={0.1}
          step={0.1}
          value={params.epsKm}
          disabled={params.method === 'hdbscan'}
          onChange={(e) => set('epsKm', Number(e.target.value))}
        />
      </label>
      <label>
        {tt('minPoints')}
        <input
          type="number"
          min={1}
          step={1}
          value={params.minPoints}
          onChange={(e) => set('minPoints', Number(e.target.value))}
        />
      </label>
      <button type="submit" disabled={busy || !params.industry} data-testid="detect-run">
        {busy ? tt('running') : tt('run')}
      </button>
    </form>
  );
}
