import type { Gap } from '../../api/chain.ts';
import { chainText } from '../../i18n/chain.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { marksText } from '../../i18n/marks.ts';
import { useLang } from '../../lang.tsx';
import { DataText } from '../SourceText.tsx';
import { useEvidenceSpeaker } from './evidence-speaker.ts';
import { gapEvidence } from './gap-evidence.ts';
import { MarkLegend } from './MarkLegend.tsx';

const SEVERITY = ['high', 'medium', 'low'];

/** A chain's gaps grouped by node: the answer lists a node once per kind of gap it has. */
export function groupGaps(gaps: Gap[]): Gap[][] {
  const byNode = new Map<string, Gap[]>();
  for (const g of gaps) byNode.set(g.node, [...(byNode.get(g.node) ?? []), g]);
  // Most urgent first, in the answer's order among equals.
  const rank = (gs: Gap[]) => Math.min(...gs.map((g) => rankOf(g.severity)));
  return [...byNode.values()].sort((a, b) => rank(a) - rank(b));
}

function rankOf(severity: string): number {
  const i = SEVERITY.indexOf(severity);
  return i < 0 ? SEVERITY.length : i;
}

/**
 * The gaps table of the actions tab: one row per node — its most urgent
 * severity, the actions its gaps call for, and the evidence of each.
 */
export function GapTable(props: { gaps: Gap[] }) {
  const { name } = useLang();
  const speaker = useEvidenceSpeaker();
  const tt = useDictionary(chainText);
  const tm = useDictionary(marksText);
  const rows = groupGaps(props.gaps);
  return (
    <>
      <table className="table gap-table" data-testid="gaps">
        <thead>
          <tr>
            <th>{tt('node')}</th>
            <th>{tt('severity')}</th>
            <th>{tm('action')}</th>
            <th>{tt('evidence')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((gs) => {
            const g = gs[0]!;
            const worst = [...gs].sort((a, b) => rankOf(a.severity) - rankOf(b.severity))[0]!;
            const actions = [...new Set(gs.map((x) => x.action))];
            return (
              <tr key={g.node} data-node={g.node}>
                <td>
                  {name(g.nameZh, g.nameEn)}
                  {gs.some((x) => x.critical) ? <span className="critical"> ⚠</span> : null}
                </td>
                <td>{tt(`severity.${worst.severity}` as 'severity.high')}</td>
                <td>
                  {actions.map((a) => (
                    <span key={a} className={`badge action-${a}`}>
                      {tt(`action.${a}` as 'action.fill')}
                    </span>
                  ))}
                </td>
                <td className="muted">
                  {gs.length === 1 ? (
                    <DataText text={gapEvidence(g, speaker)} />
                  ) : (
                    <ul className="gap-evidence">
                      {gs.map((x, i) => (
                        <li key={`${x.kind}-${i}`}>
                          <DataText text={gapEvidence(x, speaker)} />
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {props.gaps.some((g) => g.critical) ? <MarkLegend /> : null}
    </>
  );
}
