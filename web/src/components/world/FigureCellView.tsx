import type { WorldBenchmark } from '../../api/world.ts';
import { citeInline, citeSource } from '../../citation.ts';
import type { Unit } from '../../format.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { worldText } from '../../i18n/world.ts';
import { useLang } from '../../lang.tsx';
import { Quantity } from '../Quantity.tsx';
import { colon } from '../../i18n/colon.ts';
import { withoutPinyin } from '../../without-pinyin.ts';

type Cell = WorldBenchmark['figures'][number]['cells'][number];

const UNITS: Record<string, Unit> = {
  firms: 'firms',
  '10k yuan': 'yuan10k',
  share: 'share',
  persons: 'persons',
};

/** One figure of one subject: bound, value with unit, year and source; or missing. */
export function FigureCellView(props: { cell: Cell }) {
  const { lang, name } = useLang();
  const tt = useDictionary(worldText);
  const c = props.cell;
  if (c.missing || c.value === null)
    return (
      <span className="missing-value" data-testid="figure-missing">
        {tt('missing')}
      </span>
    );
  const unit = c.unit ? UNITS[c.unit] : undefined;
  const word =
    c.unit === 'headquarters'
      ? tt('unit.headquarters')
      : c.unit === 'organisations'
        ? tt('unit.organisations')
        : null;
  return (
    <span data-testid="figure-value">
      {c.bound === 'lower' ? `${tt('lower')} ` : c.bound === 'approx' ? `${tt('approx')} ` : ''}
      <Quantity value={c.value} unit={unit ?? 'none'} />
      {word ? ` ${word}` : ''}
      {c.scopeZh ? <div className="muted small">{name(c.scopeZh, c.scopeEn)}</div> : null}
      <div
        className="muted small"
        data-testid="figure-source"
        title={c.quote ? citeInline(lang, withoutPinyin(c.quote)) : undefined}
      >
        {tt('source')}
        {colon(lang)}
        {citeSource(lang, c.source)}
        {c.year === null ? ` · ${tt('yearNone')}` : ` · ${c.year}`}
      </div>
    </span>
  );
}
