import type { NetworkAnswer } from '../../api/network.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { networkText } from '../../i18n/network.ts';
import { formatPercent } from '../../i18n/common.ts';
import { useLang } from '../../lang.tsx';
import { Figure } from '../Figure.tsx';

/**
 * A figure of the network verdict carrying where it comes from (hover or
 * focus): the ties and nodes it was computed on, and how many are synthetic.
 */
export function useNetworkFigure(data: NetworkAnswer) {
  const { lang } = useLang();
  const tt = useDictionary(networkText);
  const synthetic = data.nodes.filter((n) => n.synthetic).length;
  const basis = tt('figureBasis', {
    ties: data.index.ties,
    nodes: data.nodes.length,
    syn: synthetic,
  });
  const fig = (text: string) => (
    <Figure provenance={basis} synthetic={synthetic > 0}>
      {text}
    </Figure>
  );
  const pct = (v: number | null) => (v === null ? '—' : fig(formatPercent(lang, v)));
  return { fig, pct };
}
