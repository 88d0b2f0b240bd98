import type { ImportAnswer } from '../../api/imports.ts';
import { dataText } from '../../i18n/data.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { useLang } from '../../lang.tsx';

/** Row problems the page says in Chinese (docs/errors.md); others show the API's sentence. */
const ROW_CODES = new Set([
  'ATLAS_E_ROW_MISSING_VALUE',
  'ATLAS_E_ROW_BAD_NUMBER',
  'ATLAS_E_ROW_BAD_USCC',
  'ATLAS_E_ROW_BAD_YEAR',
  'ATLAS_E_ROW_NEGATIVE',
  'ATLAS_E_ROW_REGION_CONFLICT',
  'ATLAS_E_ROW_UNKNOWN_REGION',
  'ATLAS_E_ROW_INVALID',
]);

/** The preview's invalid rows (the first 200): row, column, value and reason. */
export function ImportIssues(props: { preview: ImportAnswer }) {
  const { preview } = props;
  const tt = useDictionary(dataText);
  const { lang } = useLang();
  return (
    <>
      <h4>{preview.invalidRows ? tt('invalid', { n: preview.invalidRows }) : tt('noIssues')}</h4>
      {preview.issues.length ? (
        <table className="table issues-table" data-testid="import-issues">
          <thead>
            <tr>
              <th className="num">{tt('row')}</th>
              <th>{tt('column')}</th>
              <th>{tt('value')}</th>
              <th>{tt('reason')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.issues.slice(0, 200).map((i, k) => (
              <tr key={`${i.row}-${i.column}-${k}`}>
                <td className="num">{i.row}</td>
                <td>{i.column}</td>
                <td>{i.value}</td>
                <td title={i.reason}>
                  {lang === 'en' || !ROW_CODES.has(i.code)
                    ? i.reason
                    : tt(`row.${i.code}` as 'row.ATLAS_E_ROW_INVALID')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}
