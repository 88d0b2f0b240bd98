import type { OrganizationLink } from '../../../../src/contract/organizations.ts';
import { catalogText } from '../../i18n/catalog.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { formatNumber } from '../../i18n/common.ts';
import { useLang } from '../../lang.tsx';
import { Quantity } from '../Quantity.tsx';

/**
 * A link's value with its unit where the data say it (万元 for a generated
 * supply link); else the number as recorded and "unit not given", never a
 * guessed unit.
 */
export function LinkValue(props: { value: number | null; unit: OrganizationLink['valueUnit'] }) {
  const { lang } = useLang();
  const tt = useDictionary(catalogText);
  if (props.unit !== null || props.value === null)
    return <Quantity value={props.value} unit={props.unit ?? 'none'} />;
  return (
    <>
      {formatNumber(lang, props.value)}
      {/* Chinese brackets carry their own space. */}
      {lang === 'en' ? ' ' : ''}
      <span className="muted" title={tt('unitNotGivenWhy')} data-testid="unit-not-given">
        {tt('unitNotGiven')}
      </span>
    </>
  );
}
