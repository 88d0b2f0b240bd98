import type { ImportAnswer } from '../../api/imports.ts';
import { dataText } from '../../i18n/data.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { HeldCandidate } from './HeldCandidate.tsx';
import type { ImportWizardState } from './use-import-wizard.ts';

/**
 * How an organisations file meets the atlas: how many records are new,
 * update an organisation already here, match one unchanged, or are held for
 * review — and the rows held in a preview of this file, each with its
 * candidate and the person's decision (sent with the next preview and with
 * the write; a decided row stays listed, no longer held).
 */
export function ImportResolution(props: {
  answer: ImportAnswer;
  w: ImportWizardState;
  /** After a write: the counts only (the held rows stay in the preview above). */
  countsOnly?: boolean;
}) {
  const { answer, w } = props;
  const tt = useDictionary(dataText);
  const r = answer.resolution;
  if (!r) return null;
  const decided = Object.keys(w.reviewed).length;
  return (
    <div className="import-resolution">
      <p data-testid="import-counts">{tt('res.counts', { ...r.counts })}</p>
      {w.held.length > 0 && !props.countsOnly ? (
        <>
          <h4>{tt('res.held')}</h4>
          <p className="muted">{tt('res.heldHint')}</p>
          <table className="table" data-testid="held-candidates">
            <thead>
              <tr>
                <th className="num">{tt('res.row')}</th>
                <th>{tt('res.inFile')}</th>
                <th>{tt('res.candidate')}</th>
                <th className="num">{tt('res.score')}</th>
                <th>{tt('res.reasons')}</th>
                <th>{tt('res.decision')}</th>
              </tr>
            </thead>
            <tbody>
              {w.held.map((h) => (
                <HeldCandidate
                  key={h.row}
                  held={h}
                  decision={w.reviewed[h.row]}
                  decide={w.decide}
                />
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      {decided > 0 && !props.countsOnly ? (
        <p className="muted" data-testid="held-decided">
          {tt('res.decided', { n: decided })}
        </p>
      ) : null}
    </div>
  );
}
