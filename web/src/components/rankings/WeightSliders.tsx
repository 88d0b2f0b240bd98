import type { RankingParams, Rankings } from '../../api/rankings.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { rankingsText } from '../../i18n/rankings.ts';
import { formatPercent } from '../../i18n/common.ts';
import { useLang } from '../../lang.tsx';

/** One slider per indicator (0–100) with the weight in effect, and a reset to the system's. */
export function WeightSliders(props: {
  shown: Rankings | null;
  draft: RankingParams;
  setDraft: (next: RankingParams) => void;
}) {
  const { shown, draft, setDraft } = props;
  const { lang } = useLang();
  const tt = useDictionary(rankingsText);
  const baseWeight = (id: string) => shown?.weights.find((w) => w.indicator === id)?.weight ?? 0;
  const sliderValue = (id: string) => draft.weights[id] ?? Math.round(baseWeight(id) * 100);
  return (
    <>
      <h3>{tt('weights')}</h3>
      <p className="muted">{tt('weightsHelp')}</p>
      {shown?.system.indicators.map((ind) => (
        <label key={ind.id} className="weight-slider">
          <span>{lang === 'en' ? ind.name.en : ind.name.zh}</span>
          <input
            type="range"
            min={0}
            max={100}
            value={sliderValue(ind.id)}
            onChange={(e) => {
              // Once one slider moves, every slider's value is sent: all on one 0–100 scale.
              const all = Object.fromEntries(
                shown.system.indicators.map((i) => [i.id, sliderValue(i.id)]),
              );
              setDraft({ ...draft, weights: { ...all, [ind.id]: Number(e.target.value) } });
            }}
            data-testid={`weight-${ind.id}`}
          />
          <span className="muted">
            {tt('effective', { p: formatPercent(lang, baseWeight(ind.id)) })}
          </span>
        </label>
      ))}
      <button type="button" onClick={() => setDraft({ ...draft, weights: {} })}>
        {tt('reset')}
      </button>
    </>
  );
}
