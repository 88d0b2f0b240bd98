import { useEffect, useState } from 'react';
import { rankingsApi } from '../api/rankings.ts';
import { useDictionary } from '../i18n/dictionary.ts';
import { rankingsText } from '../i18n/rankings.ts';
import { useLang } from '../lang.tsx';
import { useLoad } from '../use-load.ts';
import { YearsRanking } from '../components/rankings/YearsRanking.tsx';
import { useRankingParams } from '../components/rankings/use-ranking-params.ts';
import { RankingControls } from '../components/rankings/RankingControls.tsx';
import { RankingTable } from '../components/rankings/RankingTable.tsx';
import { NotRankedList } from '../components/rankings/NotRankedList.tsx';
import { SensitivityTable } from '../components/rankings/SensitivityTable.tsx';
import { RankingWarnings } from '../components/rankings/RankingWarnings.tsx';

/**
 * The horse race (赛马): clusters scored and ranked, with weight sliders that
 * re-rank as they move, the aggregation method, Monte-Carlo rank intervals
 * and which indicator moves the ranking most.
 */
export function RankingsPage(_props: { rest: string[] }) {
  const { t } = useLang();
  const tt = useDictionary(rankingsText);
  const { params, draft, setDraft } = useRankingParams();
  const { data, error } = useLoad(JSON.stringify(params), () => rankingsApi.rank(params));
  const [last, setLast] = useState(data);
  useEffect(() => {
    if (data) setLast(data);
  }, [data]);
  const shown = data ?? last; // keep the last table while the next loads: no layout jump

  return (
    <section className="page rankings-page" data-testid="page-rankings">
      <h2>{tt('title')}</h2>
      <p className="muted">{tt('explain')}</p>
      <div className="rankings-grid">
        <RankingControls shown={shown} draft={draft} setDraft={setDraft} />
        <div>
          {error ? <p role="alert">{error}</p> : null}
          {!shown ? <p className="muted">{t('loading')}</p> : null}
          {shown ? (
            <>
              <RankingTable shown={shown} busy={!data} />
              <NotRankedList notRanked={shown.notRanked} />
              <YearsRanking
                designation={params.designation}
                runs={params.runs}
                peerSet={params.peerSet}
              />
              <SensitivityTable shown={shown} />
              <RankingWarnings shown={shown} />
            </>
          ) : null}
        </div>
      </div>
    </section>
  );
}
