import type { CapacityRun } from '../../api/capacity.ts';
import { money } from '../../format.ts';
import { fill, useDictionary } from '../../i18n/dictionary.ts';
import { capacityText } from '../../i18n/capacity.ts';
import { formatNumber } from '../../i18n/common.ts';
import { useLang } from '../../lang.tsx';
import { AllocationLinesTable } from './AllocationLinesTable.tsx';
import { MemberLoadsTable } from './MemberLoadsTable.tsx';
import { colon } from '../../i18n/colon.ts';

/**
 * One saved run as the server gave it to this reader: every line for the
 * operator; for a member firm, its own lines and loads only (the server
 * selects them), said above the tables.
 */
export function RunLines(props: { run: CapacityRun }) {
  const { lang } = useLang();
  const tt = useDictionary(capacityText);
  const r = props.run;
  const t = (n: number) => fill(tt('tonnes'), { n: formatNumber(lang, n) });
  return (
    <section data-testid="capacity-run-detail">
      <h3>{r.name}</h3>
      <p className="muted" data-testid="capacity-run-scope">
        {r.scope === 'own' ? tt('scopeOwn') : tt('scopeAll')}
      </p>
      <p>
        <strong>
          {r.scope === 'own' ? tt('ownCost') : tt('total')}:{' '}
          <span data-testid="capacity-run-cost">{money(lang, r.cost)}</span>
        </strong>{' '}
        · {tt('allocated')}
        {colon(lang)}
        {t(r.quantity)}
      </p>
      <AllocationLinesTable lines={r.allocations} testId="capacity-run-lines" />
      <h3>{tt('members')}</h3>
      <MemberLoadsTable loads={r.loads} testId="capacity-run-loads" />
    </section>
  );
}
