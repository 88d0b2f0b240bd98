import type { PanoramaNode } from '../../api/chain.ts';
import { chainText } from '../../i18n/chain.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { formatPercent } from '../../i18n/common.ts';
import { useLang } from '../../lang.tsx';
import { Withheld } from '../Withheld.tsx';

/** The share of a node's supply from inside the cluster (or why it is withheld) and its suppliers. */
export function NodeLinksLine({ links }: { links: PanoramaNode['links'] }) {
  const { lang } = useLang();
  const tt = useDictionary(chainText);
  return (
    <p className="muted">
      {links.insideShare !== null ? (
        `${tt('insideShare')} ${formatPercent(lang, links.insideShare)} · `
      ) : links.inCount > 0 ? (
        // In-links but no share: the disclosure rule withheld it from this reader.
        <>
          {tt('insideShare')} <Withheld />
          {' · '}
        </>
      ) : null}
      {tt('suppliers', { n: links.suppliers })}
    </p>
  );
}
