import { rankIntervalText } from '../rankings/rank-interval-text.ts';
import type { Scorecard } from '../../api/rankings.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { rankingsText } from '../../i18n/rankings.ts';
import { reportsText } from '../../i18n/reports.ts';
import { syntheticText } from '../../i18n/synthetic.ts';
import { formatPercent } from '../../i18n/common.ts';
import { useLang } from '../../lang.tsx';

/** The report's evaluation: rank with its interval, score, type and development path; or no member data. */
export function ReportEvaluation({ card }: { card: Scorecard }) {
  const { lang } = useLang();
  const tr = useDictionary(reportsText);
  const ts = useDictionary(syntheticText);
  const trk = useDictionary(rankingsText);
  const interval = card.ranking
    ? rankIntervalText(
        card.ranking.rank_low ?? card.ranking.rank,
        card.ranking.rank_high ?? card.ranking.rank,
      )
    : null;
  return (
    <>
      <h2>{tr('evaluation')}</h2>
      {card.ranking && card.typology ? (
        <>
          <p>
            #{card.ranking.rank} ({interval?.low}–{interval?.high}) ·{' '}
            {card.ranking.score.toFixed(3)} · {trk(`type.${card.typology.type}` as 'type.basic')}
          </p>
          {card.ranking.synthetic_share > 0 ? (
            <p className="synthetic-note" data-testid="report-evaluation-synthetic">
              {ts('ranking', {
                share: formatPercent(lang, card.ranking.synthetic_share),
              })}
            </p>
          ) : null}
          <ol>
            {card.typology.path.map((p) => (
              <li key={p.id}>{lang === 'en' ? p.text.en : p.text.zh}</li>
            ))}
          </ol>
        </>
      ) : (
        <p data-testid="report-no-evaluation">{trk('noMemberData')}</p>
      )}
    </>
  );
}
