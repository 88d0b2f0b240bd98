import type { RankingParams, Rankings } from '../../api/rankings.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { rankingsText } from '../../i18n/rankings.ts';
import { RankingScopeSelect } from './RankingScopeSelect.tsx';
import { WeightSliders } from './WeightSliders.tsx';

/** The ranking's controls: scope, aggregation method, Monte-Carlo runs and weights. */
export function RankingControls(props: {
  shown: Rankings | null;
  draft: RankingParams;
  setDraft: (next: RankingParams) => void;
}) {
  const { draft, setDraft } = props;
  const tt = useDictionary(rankingsText);
  return (
    <aside className="rankings-controls">
      <RankingScopeSelect draft={draft} setDraft={setDraft} />
      <label>
        {tt('method')}
        <select
          value={draft.method}
          onChange={(e) =>
            setDraft({ ...draft, method: e.target.value as RankingParams['method'] })
          }
          data-testid="ranking-method"
        >
          {(['wsum', 'wgeo', 'topsis'] as const).map((m) => (
            <option key={m} value={m}>
              {tt(`method.${m}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {tt('runs')}
        <input
          type="number"
          min={0}
          max={2000}
          step={100}
          value={draft.runs}
          onChange={(e) =>
            setDraft({ ...draft, runs: Math.max(0, Math.min(2000, Number(e.target.value))) })
          }
        />
        <span className="muted">{tt('runsHelp')}</span>
      </label>
      <WeightSliders shown={props.shown} draft={draft} setDraft={setDraft} />
    </aside>
  );
}
