import type { Scorecard } from '../../api/rankings.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { rankingsText } from '../../i18n/rankings.ts';
import { useLang } from '../../lang.tsx';
import { useIndicatorName } from './use-indicator-name.ts';
import { colon } from '../../i18n/colon.ts';

/** The type's typical problems checked on the cluster's figures, with the indicators missing. */
export function ScorecardDiagnosis({ data }: { data: Scorecard }) {
  const { lang, join } = useLang();
  const tt = useDictionary(rankingsText);
  const indicator = useIndicatorName();
  const txt = (x: { zh: string; en: string }) => (lang === 'en' ? x.en : x.zh);
  return (
    <>
      <h3>{tt('problems')}</h3>
      <ul>
        {data.diagnosis.map((d) => (
          <li key={d.problem}>
            {txt(d.name)}
            {colon(lang)}
            {tt(`status.${d.status}` as 'status.no data')}
            {d.missing?.length ? (
              <span className="muted"> ({join(d.missing.map(indicator))})</span>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
