import type { ImportAnswer } from '../../api/imports.ts';
import { dataText } from '../../i18n/data.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { ImportIssues } from './ImportIssues.tsx';
import { ImportMapping } from './ImportMapping.tsx';
import { ImportResolution } from './ImportResolution.tsx';
import type { ImportWizardState } from './use-import-wizard.ts';

/**
 * What the file would import: counts, the mapping, invalid rows, how its
 * organisations meet the atlas (held rows to decide), unknown labels, and
 * the commit buttons.
 */
export function ImportPreview(props: { preview: ImportAnswer; w: ImportWizardState }) {
  const { preview, w } = props;
  const { busy, commit } = w;
  const tt = useDictionary(dataText);
  return (
    <div className="import-preview" data-testid="import-preview">
      <p data-testid="import-summary">
        {tt('rows', {
          rows: preview.rowsRead,
          records: preview.records,
          updated: preview.updated,
        })}
        {preview.encoding ? ` · ${tt('encoding', { e: preview.encoding })}` : ''}
      </p>
      <ImportMapping preview={preview} w={w} />
      <button type="button" onClick={w.repreview} disabled={busy !== null}>
        {tt('preview')}
      </button>
      <ImportIssues preview={preview} />
      <ImportResolution answer={preview} w={w} />
      {preview.unresolvedIndustryLabels.length ? (
        <p className="muted">
          {tt('labels')}:{' '}
          {preview.unresolvedIndustryLabels.map((l) => `${l.label} (${l.count})`).join('、')}
        </p>
      ) : null}
      <div className="import-actions">
        <button
          type="button"
          disabled={busy !== null || preview.invalidRows > 0}
          onClick={() => commit(false)}
          data-testid="import-commit"
        >
          {busy === 'commit' ? tt('committing') : tt('commit')}
        </button>
        {preview.invalidRows > 0 ? (
          <button
            type="button"
            disabled={busy !== null}
            onClick={() => commit(true)}
            data-testid="import-commit-skip"
          >
            {tt('commitSkipping', { n: preview.records })}
          </button>
        ) : null}
      </div>
    </div>
  );
}
