import { useState, type DragEvent } from 'react';
import { importsApi, type ImportAnswer, type ImportKind } from '../../api/imports.ts';
import { dataText } from '../../i18n/data.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { useLang } from '../../lang.tsx';

const KINDS: ImportKind[] = [
  'organizations',
  'links',
  'clusters',
  'indicators',
  'region-statistics',
];

/**
 * Upload → preview (header mapping suggested from the zh/en aliases, first
 * rows, every invalid row with its row, column and reason) → commit (whole,
 * or skipping the invalid rows). Nothing is written before commit; the file
 * and the chosen mapping stay while the person fixes things.
 */
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

export function ImportWizard(props: { onImported?: () => void }) {
  const tt = useDictionary(dataText);
  const { lang } = useLang();
  const [kind, setKind] = useState<ImportKind>('organizations');
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportAnswer | null>(null);
  const [map, setMap] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState<'preview' | 'commit' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<ImportAnswer | null>(null);

  const run = (f: File, m: Record<string, string> | undefined) => {
    setBusy('preview');
    setError(null);
    setDone(null);
    importsApi
      .upload(f, kind, 'preview', m)
      .then((p) => {
        setPreview(p);
        setMap(p.mapping);
      })
      .catch((e: Error) => setError(e.message))
      .finally(() => setBusy(null));
  };
  const pick = (f: File | undefined) => {
    if (!f) return;
    setFile(f);
    setPreview(null);
    run(f, undefined);
  };
  const commit = (skipInvalid: boolean) => {
    if (!file) return;
    setBusy('commit');
    setError(null);
    importsApi
      .upload(file, kind, 'commit', map, skipInvalid)
      .then((r) => {
        setDone(r);
        props.onImported?.();
      })
      .catch((e: Error) => setError(e.message))
      .finally(() => setBusy(null));
  };
  const fieldOf = (column: string) => Object.entries(map).find(([, h]) => h === column)?.[0] ?? '';
  const setField = (column: string, field: string) => {
    const next = Object.fromEntries(
      Object.entries(map).filter(([f, h]) => h !== column && f !== field),
    );
    if (field) next[field] = column;
    setMap(next);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    pick(e.dataTransfer.files[0]);
  };

  return (
    <section className="import-wizard" data-testid="import-wizard">
      <h3>{tt('importTitle')}</h3>
      <p className="muted">{tt('importExplain')}</p>
      <div className="import-pick" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
        <label>
          {tt('kind')}{' '}
          <select
            value={kind}
            onChange={(e) => setKind(e.target.value as ImportKind)}
            data-testid="import-kind"
          >
            {KINDS.map((k) => (
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
      {error ? (
        <div role="alert" className="error" data-testid="import-error">
          {error}
        </div>
      ) : null}
      {preview ? (
        <div className="import-preview" data-testid="import-preview">
          <p data-testid="import-summary">
            {tt('rows', {
              rows: preview.rowsRead,
              records: preview.records,
              updated: preview.updated,
            })}
            {preview.encoding ? ` · ${tt('encoding', { e: preview.encoding })}` : ''}
          </p>
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
          <button type="button" onClick={() => file && run(file, map)} disabled={busy !== null}>
            {tt('preview')}
          </button>
          <h4>
            {preview.invalidRows ? tt('invalid', { n: preview.invalidRows }) : tt('noIssues')}
          </h4>
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
      ) : null}
      {done ? (
        <p className="done" role="status" data-testid="import-done">
          {tt('done', { n: done.written })}
        </p>
      ) : null}
    </section>
  );
}
