import { formatPercent } from '../../i18n/common.ts';
import { useLang } from '../../lang.tsx';
import { Withheld } from '../Withheld.tsx';

/** A share as a percentage, or "保密" where the disclosure rule withheld it. */
export function Share({ share }: { share: number | null }) {
  const { lang } = useLang();
  return share === null ? <Withheld /> : <>{formatPercent(lang, share)}</>;
}
