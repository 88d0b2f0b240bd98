import { useState } from 'react';
import { importsApi } from '../api/imports.ts';
import { DataQuality } from '../components/data/DataQuality.tsx';
import { ImportWizard } from '../components/data/ImportWizard.tsx';
import { UndoImport } from '../components/data/UndoImport.tsx';
import { UNDOABLE_IMPORT_KINDS } from '../../../src/contract/import-kinds.ts';
import { dataText } from '../i18n/data.ts';
import { useDictionary } from '../i18n/dictionary.ts';
import { useLoad, useReload } from '../use-load.ts';
import { sessionApi } from '../api/session.ts';

/** The data page (route #/data): the import wizard, the imports made, and data quality. */
export function DataPage(_props: { rest: string[] }) {
  const tt = useDictionary(dataText);
  const [generation, setGeneration] = useState(0);
  const me = useLoad('me', () => sessionApi.me());
  const canImport = me.data?.role === 'analyst' || me.data?.role === 'admin';
  // Kept shown while it reloads, so an undo's answer stays on its row.
  const history = useReload(`history-${generation}-${canImport}`, () =>
    canImport
      ? importsApi.history()
      : Promise.resolve({ items: [], total: 0, page: 1, pageSize: 50 }),
  );
  return (
    <section className="page data-page" data-testid="page-data">
      <h2>{tt('title')}</h2>
      {me.data && !canImport ? (
        <p className="muted" data-testid="import-needs-analyst">
          {tt('needsAnalyst')}
        </p>
      ) : null}
      {canImport ? <ImportWizard onImported={() => setGeneration((g) => g + 1)} /> : null}
      {canImport && history.data?.items.length ? (
        <>
          <h3>{tt('history')}</h3>
          <table className="table" data-testid="import-history">
            <tbody>
              {history.data.items.map((h) => (
                <tr key={h.id}>
                  <td>{h.importedAt.slice(0, 19)}</td>
                  <td>{h.file}</td>
                  <td>{tt(`kind.${h.kind}` as 'kind.organizations')}</td>
                  <td className="num">
                    {h.rowsWritten} / {h.rowsRead}
                  </td>
                  <td>
                    {(UNDOABLE_IMPORT_KINDS as readonly string[]).includes(h.kind) ? (
                      <UndoImport
                        id={h.id}
                        file={h.file}
                        kindName={tt(`kind.${h.kind}` as 'kind.organizations')}
                        onUndone={() => setGeneration((g) => g + 1)}
                      />
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      <DataQuality
        generation={generation}
        canEdit={canImport}
        onChanged={() => setGeneration((g) => g + 1)}
      />
    </section>
  );
}
