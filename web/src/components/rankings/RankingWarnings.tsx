import type { Rankings } from '../../api/rankings.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { rankingsText } from '../../i18n/rankings.ts';
import { useLang } from '../../lang.tsx';

type Warning = Rankings['warnings'][number];

/** The ranking's warnings in the reader's language where their details allow; else the API's sentence. */
export function RankingWarnings(props: { shown: Rankings }) {
  const { shown } = props;
  const { name, join } = useLang();
  const tt = useDictionary(rankingsText);
  const warningText = (w: Warning) => {
    const d = w.details ?? {};
    if (w.code === 'ATLAS_W_SYNTHETIC_INCLUDED' && d.shares)
      return tt('warnSynthetic', {
        n: Object.keys(d.shares as object).length,
        total: shown.rows.length,
      });
    if (w.code === 'ATLAS_W_NO_MEMBER_DATA' && Array.isArray(d.clusters))
      return tt('warnNoMembers', { n: d.clusters.length });
    if (w.code === 'ATLAS_W_INDICATOR_CONSTANT' && Array.isArray(d.indicators))
      return tt('warnConstant', {
        list: join(
          (d.indicators as string[]).map((id) => {
            const i = shown.system.indicators.find((x) => x.id === id);
            return i ? name(i.name.zh, i.name.en) : id;
          }),
        ),
      });
    return w.message;
  };
  return (
    <>
      {shown.warnings.map((w) => (
        <p key={w.code} className="muted" title={`${w.code}: ${w.message}`}>
          {warningText(w)}
        </p>
      ))}
    </>
  );
}
