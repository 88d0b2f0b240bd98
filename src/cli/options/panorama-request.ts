import { PanoramaQuery } from '../../contract/chain-panorama.ts';
import type { PanoramaRequest } from '../../services/chain/panorama.ts';
import { numberOption } from './number-option.ts';
import type { ChainScopeCliOptions } from './with-chain-scope-options.ts';

const Q = PanoramaQuery.shape;

/** The chain-scope options checked by the panorama's contract, as the service's request. */
export function panoramaRequest(o: ChainScopeCliOptions): PanoramaRequest {
  const n = <F extends (typeof Q)[keyof typeof Q]>(flag: string, field: F, text?: string) =>
    numberOption.contract(flag, field, text) as number | undefined;
  return {
    cluster: o.cluster,
    region: o.region,
    chain: o.chain,
    minConfidence: n('min-confidence', Q.minConfidence, o.minConfidence),
    options: {
      strongMinFirms: n('strong-min-firms', Q.strongMinFirms, o.strongMinFirms),
      strongMinAnchors: n('strong-min-anchors', Q.strongMinAnchors, o.strongMinAnchors),
      weakMaxFirms: n('weak-max-firms', Q.weakMaxFirms, o.weakMaxFirms),
      minInsideShare: n('min-inside-share', Q.minInsideShare, o.minInsideShare) ?? null,
      fourBasesWeight: n('four-bases-weight', Q.fourBasesWeight, o.fourBasesWeight),
    },
  };
}
