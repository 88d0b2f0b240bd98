import type { Rankings } from '../../api/rankings.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { rankingsText } from '../../i18n/rankings.ts';
import { useLang } from '../../lang.tsx';

/** Which indicator moves the ranking most when its weight is set to zero, largest first. */
export function SensitivityTable(props: { shown: Rankings }) {
  const { shown } = props;
  const { lang } = useLang();
  const tt = useDictionary(rankingsText);
  return (
    <>
      <h3>{tt('sensitivity')}</h3>
      <table className="table" data-testid="sensitivity">
        <tbody>
          {[...shown.sensitivity]
            .sort((a, b) => b.zeroMeanShift - a.zeroMeanShift)
            .map((s) => {
              const ind = shown.system.indicators.find((i) => i.id === s.indicator);
              return (
                <tr key={s.indicator}>
                  <td>{ind ? (lang === 'en' ? ind.name.en : ind.name.zh) : s.indicator}</td>
                  <td className="num">
                    {tt('meanShift')} {s.zeroMeanShift.toFixed(2)}
                  </td>
                  <td className="num">
                    {tt('maxShift')} {s.zeroMaxShift}
                  </td>
                </tr>
              );
            })}
        </tbody>
      </table>
    </>
  );
}
