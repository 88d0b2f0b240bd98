import type { ImportProgress } from '../../api/imports.ts';
import { formatNumber } from '../../i18n/common.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { importProgressText } from '../../i18n/import-progress.ts';
import { useLang } from '../../lang.tsx';

/** Rows done in the phase shown by the bar; none while the file arrives. */
function doneOf(p: ImportProgress): number | undefined {
  if (p.phase === 'read') return p.rowsRead;
  if (p.phase === 'check') return p.rowsChecked;
  if (p.phase === 'write') return p.rowsWritten;
  return undefined;
}

/**
 * A running upload's progress: the phase in words, a bar (moving without a
 * total), rows read, checked and written, the rate and the time left.
 */
export function ImportProgressBar(props: { progress: ImportProgress }) {
  const p = props.progress;
  const tt = useDictionary(importProgressText);
  const { lang } = useLang();
  const n = (x: number) => formatNumber(lang, x);
  const done = doneOf(p);
  const total = p.rowsTotal;
  const left =
    p.secondsLeft === null
      ? tt('leftUnknown')
      : p.secondsLeft >= 120
        ? tt('minutes', { n: n(Math.ceil(p.secondsLeft / 60)) })
        : tt('seconds', { n: n(p.secondsLeft) });
  return (
    <div className="import-progress" role="status" data-testid="import-progress">
      <p data-testid="import-progress-phase">{tt(`phase.${p.phase}`)}</p>
      {done !== undefined && total !== null && total > 0 ? (
        <progress aria-label={tt('label')} max={total} value={Math.min(done, total)} />
      ) : (
        <progress aria-label={tt('label')} />
      )}
      <p className="muted" data-testid="import-progress-counts">
        {[
          tt('read', { n: n(p.rowsRead) }),
          tt('checked', { n: n(p.rowsChecked) }),
          tt('written', { n: n(p.rowsWritten) }),
          ...(total !== null ? [tt('total', { n: n(total) })] : []),
        ].join(' · ')}
      </p>
      <p className="muted" data-testid="import-progress-rate">
        {p.rowsPerSecond === null ? tt('rateUnknown') : tt('rate', { n: n(p.rowsPerSecond) })}
        {' · '}
        {left}
      </p>
    </div>
  );
}
