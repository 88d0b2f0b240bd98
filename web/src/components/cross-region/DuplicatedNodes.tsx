import type { CrossRegionProfile } from '../../api/cross-region.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { crossRegionText } from '../../i18n/cross-region.ts';
import { useLang } from '../../lang.tsx';

/** Chain nodes both sides attract (actions) or would attract (a gap on each side). */
export function DuplicatedNodes(props: { profile: CrossRegionProfile }) {
  const { name } = useLang();
  const tt = useDictionary(crossRegionText);
  const p = props.profile;
  const side = (code: string) => {
    const x = p.provinces.find((v) => v.code === code);
    return x ? name(x.nameZh, x.nameEn) : code;
  };
  return (
    <section data-testid="cross-duplicated">
      <h4>{tt('dupTitle')}</h4>
      <p className="muted small">
        {tt('dupIntro')}
        {p.template ? ` (${name(p.template.nameZh, p.template.nameEn)})` : ''}
      </p>
      {!p.template ? <p className="muted">{tt('noTemplate')}</p> : null}
      {p.template && p.duplicated.length === 0 ? <p className="muted">{tt('noDup')}</p> : null}
      {p.duplicated.length > 0 ? (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{tt('node')}</th>
              {p.duplicated[0]!.sides.map((s) => (
                <th scope="col" key={s.province}>
                  {side(s.province)}
                </th>
              ))}
              <th scope="col">{tt('basis')}</th>
            </tr>
          </thead>
          <tbody>
            {p.duplicated.map((d) => (
              <tr key={d.node} data-testid="duplicated-node">
                <th scope="row">{name(d.nameZh, d.nameEn)}</th>
                {d.sides.map((s) => (
                  <td key={s.province}>
                    {s.gap ? tt(`gap.${s.gap}` as 'gap.missing') : ''}
                    {s.actions.length ? ` · ${tt('actionsN', { n: s.actions.length })}` : ''}
                  </td>
                ))}
                <td>{tt(`basis.${d.basis}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
