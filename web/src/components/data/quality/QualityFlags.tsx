import type { DataQuality } from '../../../api/data-quality.ts';
import { useDictionary } from '../../../i18n/dictionary.ts';
import { qualityText } from '../../../i18n/quality.ts';
import { formatNumber, formatPercent } from '../../../i18n/common.ts';
import { useLang } from '../../../lang.tsx';
import { organizationHref } from '../../../route.ts';
import { DataText } from '../../SourceText.tsx';

/** Each data-quality flag with its count (examples behind it) and share of the organisations. */
export function QualityFlags({ data }: { data: DataQuality }) {
  const { lang } = useLang();
  const tt = useDictionary(qualityText);
  return (
    <table className="table">
      <thead>
        <tr>
          <th>{tt('flag')}</th>
          <th className="num">{tt('count')}</th>
          <th className="num">{tt('share')}</th>
        </tr>
      </thead>
      <tbody>
        {data.flags.map((f) => (
          <tr key={f.flag} data-testid="quality-flag" data-flag={f.flag}>
            <td title={data.rules[f.flag]}>{tt(`flag.${f.flag}` as 'flag.no_region')}</td>
            <td className="num">
              {f.count === 0 ? (
                0
              ) : (
                <details>
                  <summary>{formatNumber(lang, f.count)}</summary>
                  <ul className="examples">
                    {f.examples.map((x) => (
                      <li key={x.id}>
                        <a href={organizationHref(x.id)}>
                          <DataText text={x.name} />
                        </a>
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </td>
            <td className="num">
              {formatPercent(lang, f.count / Math.max(1, data.organizations))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
