import type { DragEvent } from 'react';
import { IMPORT_KINDS, type ImportKind } from '../../../../src/contract/import-kinds.ts';
import { dataText } from '../../i18n/data.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import type { ImportWizardState } from './use-import-wizard.ts';

/** What is imported and from which file, picked or dropped. */
export function ImportPick(props: { w: ImportWizardState }) {
  const { kind, setKind, file, busy, pick } = props.w;
  const tt = useDictionary(dataText);
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    pick(e.dataTransfer.files[0]);
  };
  return (
    <div className="import-pick" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
      <label>
        {tt('kind')}{' '}
        <select
          value={kind}
          onChange={(e) => setKind(e.target.value as ImportKind)}
          data-testid="import-kind"
        >
          {IMPORT_KINDS.map((k) => (
            <option key={k} value={k}>
              {tt(`kind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="file-button">
        {tt('chooseFile')}
        <input
          type="file"
          accept=".csv,.tsv,.txt,.xlsx,.json,.jsonl,.parquet"
          onChange={(e) => pick(e.target.files?.[0])}
          data-testid="import-file"
        />
      </label>
      <span className="muted">{file ? file.name : tt('drop')}</span>
      {busy === 'preview' ? <span className="muted">{tt('previewing')}</span> : null}
    </div>
  );
}
