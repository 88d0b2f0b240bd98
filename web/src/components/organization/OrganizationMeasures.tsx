import type { MeasureYear, OrganizationDetail } from '../../api/catalog.ts';
import type { Unit } from '../../format.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { catalogText } from '../../i18n/catalog.ts';
import { Figure } from '../Figure.tsx';
import { Quantity } from '../Quantity.tsx';
import { DataText } from '../SourceText.tsx';
import { figureSourceText, yearSources } from './figure-source-text.ts';

const MEASURES = ['employees', 'revenue', 'output', 'rdSpend', 'patents'] as const;
/** Revenue, output and R&D spend are stored in 万元 (core/model/organization.ts). */
const MEASURE_UNITS: Record<(typeof MEASURES)[number], Unit> = {
  employees: 'persons',
  revenue: 'yuan10k',
  output: 'yuan10k',
  rdSpend: 'yuan10k',
  patents: 'patents',
};

/**
 * An organisation's yearly figures, each with its unit and, on hover or
 * focus, where it comes from (file, row, year, importer); the year's
 * sources in a column. Confidential: where the server withholds them, a
 * dash that says who may see them.
 */
export function OrganizationMeasures({ org }: { org: OrganizationDetail }) {
  const tt = useDictionary(catalogText);
  const measures = org.measures ?? [];
  const restricted = org.restricted === true || org.measures === undefined;
  const cell = (m: MeasureYear, k: (typeof MEASURES)[number]) => {
    const q = <Quantity value={m[k]} unit={MEASURE_UNITS[k]} />;
    const source = m.sources?.[k];
    if (!source) return q;
    return (
      <Figure provenance={figureSourceText(source, tt)} synthetic={source.synthetic}>
        {q}
      </Figure>
    );
  };
  const restrictedMark = (
    <span className="restricted" title={tt('restricted')}>
      —
    </span>
  );
  return (
    <>
      <h3>{tt('measures')}</h3>
      {restricted && measures.length === 0 ? (
        <p className="muted" data-testid="measures-restricted">
          {restrictedMark} {tt('restricted')}
        </p>
      ) : measures.length === 0 ? (
        <p className="muted">{tt('noMeasures')}</p>
      ) : (
        <table className="table measures-table" data-testid="measures">
          <thead>
            <tr>
              <th>{tt('year')}</th>
              {MEASURES.map((k) => (
                <th key={k} className="num">
                  {tt(k)}
                </th>
              ))}
              <th>{tt('figure.sourceColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {measures.map((m) => (
              <tr key={m.year}>
                <td>{m.year}</td>
                {MEASURES.map((k) => (
                  <td key={k} className="num">
                    {cell(m, k)}
                  </td>
                ))}
                <td data-testid="measure-sources">
                  <DataText text={yearSources(m.sources ?? {}).join(', ')} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
