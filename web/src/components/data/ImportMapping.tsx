import type { ImportAnswer } from '../../api/imports.ts';
import { dataText } from '../../i18n/data.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import type { ImportWizardState } from './use-import-wizard.ts';

/** The file's columns, the field each maps to (editable, required ones marked) and a sample. */
export function ImportMapping(props: { preview: ImportAnswer; w: ImportWizardState }) {
  const { preview } = props;
  const { fieldOf, setField } = props.w;
  const tt = useDictionary(dataText);
  return (
    <>
      <h4>{tt('mapping')}</h4>
      <table className="table mapping-table">
        <thead>
          <tr>
            <th>{tt('column')}</th>
            <th>{tt('field')}</th>
            <th>{tt('sample')}</th>
          </tr>
        </thead>
        <tbody>
          {preview.columns.map((c) => (
            <tr key={c}>
              <td>{c}</td>
              <td>
                <select
                  value={fieldOf(c)}
                  onChange={(e) => setField(c, e.target.value)}
                  aria-label={c}
                >
                  <option value="">{tt('ignore')}</option>
                  {preview.fields.map((f) => (
                    <option key={f} value={f}>
                      {f}
                      {preview.required.includes(f) ? ` (${tt('required')})` : ''}
                    </option>
                  ))}
                </select>
              </td>
              <td className="muted">
                {preview.sample
                  .slice(0, 3)
                  .map((r) => String(r[c] ?? ''))
                  .join(' · ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
