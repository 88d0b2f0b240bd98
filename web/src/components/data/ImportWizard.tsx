import { dataText } from '../../i18n/data.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { ImportPick } from './ImportPick.tsx';
import { ImportProgressBar } from './ImportProgressBar.tsx';
import { ImportPreview } from './ImportPreview.tsx';
import { ImportResolution } from './ImportResolution.tsx';
import { useImportWizard } from './use-import-wizard.ts';

/**
 * Upload → preview (header mapping suggested from the zh/en aliases, first
 * rows, every invalid row with its row, column and reason) → commit (whole,
 * or skipping the invalid rows). Nothing is written before commit; the file
 * and the chosen mapping stay while the person fixes things.
 */
export function ImportWizard(props: { onImported?: () => void }) {
  const tt = useDictionary(dataText);
  const w = useImportWizard(props.onImported);
  return (
    <section className="import-wizard" data-testid="import-wizard">
      <h3>{tt('importTitle')}</h3>
      <p className="muted">{tt('importExplain')}</p>
      <ImportPick w={w} />
      {w.progress ? <ImportProgressBar progress={w.progress} /> : null}
      {w.error ? (
        <div role="alert" className="error" data-testid="import-error">
          {w.error}
        </div>
      ) : null}
      {w.preview ? <ImportPreview preview={w.preview} w={w} /> : null}
      {w.done ? (
        <div role="status" data-testid="import-done">
          <p className="done">{tt('done', { n: w.done.written })}</p>
          <ImportResolution answer={w.done} w={w} countsOnly />
        </div>
      ) : null}
    </section>
  );
}
