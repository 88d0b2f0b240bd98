/**
 * What a panorama, its gaps, its targets and its tracked actions share: the
 * scope asked for, its chain template, the organisations and their
 * placements. Its own file so that the actions (which read it) and the
 * panorama (which reads the actions' effect) do not import each other.
 */
import type { PanoramaOptions } from '../../analytics/chain/panorama.ts';
import type { Placement } from '../../analytics/chain/place.ts';
import { AtlasError } from '../../core/errors.ts';
import type { ChainTemplate } from '../../core/model/chain-template.ts';
import { readChainOrganizations, type ChainOrgRow } from '../../store/chains.ts';
import type { Duck } from '../../store/duck.ts';
import { placeOrganizations } from './placements.ts';
import { resolveScope, type ChainScope, type ScopeRequest } from './scope.ts';
import { getChainTemplate } from './templates.ts';

export interface PanoramaRequest {
  cluster?: string;
  region?: string;
  /** Template id; defaults to the cluster's first chain template. */
  chain?: string;
  /** Placements below this confidence (and not confirmed) do not count. */
  minConfidence?: number;
  options?: Partial<PanoramaOptions>;
}

/** What a panorama and the gaps and targets built on it share: the scope, template, organisations, placements. */
export interface ChainContext {
  scope: ChainScope;
  template: ChainTemplate;
  orgs: ChainOrgRow[];
  placements: Placement[];
}

export async function chainContext(db: Duck, req: PanoramaRequest): Promise<ChainContext> {
  const scopeReq: ScopeRequest | undefined = req.cluster
    ? { cluster: req.cluster }
    : req.region
      ? { region: req.region }
      : undefined;
  if (!scopeReq || (req.cluster && req.region))
    throw new AtlasError('ATLAS_E_USAGE', 'give either a cluster or a region (not both)');
  const scope = await resolveScope(db, scopeReq);
  const chain = req.chain ?? scope.chainTemplates[0];
  if (!chain)
    throw new AtlasError(
      'ATLAS_E_USAGE',
      `${scope.id} names no chain template: give one (--chain ID)`,
      {
        scope: scope.id,
      },
    );
  const template = await getChainTemplate(chain, db);
  const orgs = await readChainOrganizations(db);
  const placements = await placeOrganizations(db, template, orgs.filter(scope.contains));
  return { scope, template, orgs, placements };
}
