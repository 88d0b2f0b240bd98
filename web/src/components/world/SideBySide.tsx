import type { WorldBenchmark } from '../../api/world.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { worldText } from '../../i18n/world.ts';
import { useLang } from '../../lang.tsx';
import { clusterHref } from '../../route.ts';
import { FigureCellView } from './FigureCellView.tsx';

/** The Chinese clusters and their world peers in columns, their figures in rows; then what each lacks. */
export function SideBySide(props: { data: WorldBenchmark }) {
  const { name } = useLang();
  const tt = useDictionary(worldText);
  const d = props.data;
  const figureName = (id: string) => {
    const f = d.figures.find((x) => x.figure === id);
    return f ? name(f.nameZh, f.nameEn) : id;
  };
  return (
    <section data-testid="side-by-side">
      <h3>{tt('sideTitle')}</h3>
      {d.subjects.every((s) => s.side === 'china') ? <p className="muted">{tt('noPeer')}</p> : null}
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{tt('figure')}</th>
              {d.subjects.map((s) => (
                <th scope="col" key={s.id} data-testid={`subject-${s.side}`}>
                  {s.side === 'china' ? (
                    <a href={clusterHref(s.id)}>{name(s.nameZh, s.nameEn)}</a>
                  ) : (
                    name(s.nameZh, s.nameEn)
                  )}
                  <div className="muted small">
                    {tt(s.side)} · {name(s.placeZh, s.placeEn)}
                  </div>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {d.figures.map((f) => (
              <tr key={f.figure} data-testid="figure-row" data-figure={f.figure}>
                <th scope="row">
                  {name(f.nameZh, f.nameEn)}
                  {f.shared ? <div className="muted small">{tt('shared')}</div> : null}
                </th>
                {f.cells.map((c) => (
                  <td key={c.subject}>
                    <FigureCellView cell={c} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h4>{tt('subjects')}</h4>
      <ul className="plain-list" data-testid="subject-notes">
        {d.subjects.map((s) => (
          <li key={s.id} data-testid="subject-note" data-subject={s.id}>
            <strong>{name(s.nameZh, s.nameEn)}</strong>
            {s.match
              ? ` · ${tt('match', {
                  level: tt(`level.${s.match.level}`),
                  world: s.match.worldCode,
                  field: s.match.fieldCode,
                })} (${name(s.match.basisZh, s.match.basis)})`
              : ''}
            {s.usCluster ? ` · ${tt('usOf', { name: s.usCluster.nameEn })}` : ''}
            {' · '}
            {s.missing.length
              ? tt('lacks', { list: s.missing.map(figureName).join('、') })
              : tt('lacksNone')}
          </li>
        ))}
      </ul>
    </section>
  );
}
