import { useState } from 'react';
import { capacityApi, type CapacityRun } from '../../api/capacity.ts';
import { money } from '../../format.ts';
import { fill, useDictionary } from '../../i18n/dictionary.ts';
import { capacityText } from '../../i18n/capacity.ts';
import { formatNumber } from '../../i18n/common.ts';
import { useLang } from '../../lang.tsx';
import { useReload } from '../../use-load.ts';
import { RunLines } from './RunLines.tsx';

/**
 * Saved runs as this reader may see them: the operator sees every run; a
 * member firm the runs its organisation has lines in, with its own figures
 * only. `version` changes when the operator saves one, to reload the list.
 */
export function SavedRuns(props: { version: number }) {
  const { lang } = useLang();
  const tt = useDictionary(capacityText);
  const list = useReload(`runs-${props.version}`, () => capacityApi.runs());
  const [open, setOpen] = useState<CapacityRun | null>(null);
  const [error, setError] = useState<string | null>(null);
  const show = (id: string) => {
    setError(null);
    capacityApi.run(id).then(setOpen, (e: Error) => setError(e.message));
  };
  const items = list.data?.items ?? [];
  const t = (n: number) => fill(tt('tonnes'), { n: formatNumber(lang, n) });
  return (
    <section data-testid="capacity-runs">
      <h3>{tt('savedRuns')}</h3>
      {list.error ? <p className="error">{list.error}</p> : null}
      {list.data && items.length === 0 ? <p className="muted">{tt('noRuns')}</p> : null}
      {items.length ? (
        <table className="table" data-testid="capacity-runs-table">
          <thead>
            <tr>
              <th>{tt('runName')}</th>
              <th>{tt('savedAt')}</th>
              <th>{tt('lines')}</th>
              <th>{tt('allocated')}</th>
              <th>{tt('cost')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((r) => (
              <tr key={r.id}>
                <td>
                  <button type="button" onClick={() => show(r.id)} data-testid="capacity-run-open">
                    {r.name}
                  </button>
                </td>
                <td>{new Date(r.createdAt).toLocaleString(lang)}</td>
                <td>{formatNumber(lang, r.lines)}</td>
                <td>{t(r.quantity)}</td>
                <td>{money(lang, r.cost)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
      {open ? <RunLines run={open} /> : null}
    </section>
  );
}
