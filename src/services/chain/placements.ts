import {
  place,
  type PlaceOptions,
  type Placement,
  type PlacementDecision,
} from '../../analytics/chain/place.ts';
import { AtlasError } from '../../core/errors.ts';
import type { ChainTemplate } from '../../core/model/chain-template.ts';
import {
  readChainOrganizations,
  readPlacementDecisions,
  writePlacementDecision,
  type ChainOrgRow,
  type PlacementDecisionKind,
} from '../../store/chains.ts';
import type { Duck } from '../../store/duck.ts';
import { getChainTemplate } from './templates.ts';

/** Placements of the given organisations on a template, with the decisions stored for it applied. */
export async function placeOrganizations(
  db: Duck,
  template: ChainTemplate,
  orgs: readonly ChainOrgRow[],
  options: Partial<PlaceOptions> = {},
): Promise<Placement[]> {
  const decisions: PlacementDecision[] = (await readPlacementDecisions(db, template.id)).map(
    (d) => ({
      node: d.node,
      organization: d.organization,
      decision: d.decision,
      by: d.reviewer,
      note: d.note,
    }),
  );
  return place(template, orgs, decisions, options);
}

export interface DecideRequest {
  template: string;
  node: string;
  organization: string;
  decision: PlacementDecisionKind;
  reviewer?: string;
  note?: string;
}

/**
 * Records a person's decision on a placement. `place` needs an existing
 * organisation and node; `confirm` and `reject` need a placement the rules
 * (or an earlier `place`) made, else ATLAS_E_PLACEMENT_REVIEW. The
 * organisations are read from the atlas unless a caller already holds them.
 */
export async function decidePlacement(
  db: Duck,
  req: DecideRequest,
  given?: readonly ChainOrgRow[],
): Promise<Placement> {
  const t = await getChainTemplate(req.template, db);
  const orgs = given ?? (await readChainOrganizations(db));
  if (!t.nodes.some((n) => n.id === req.node))
    throw new AtlasError('ATLAS_E_NOT_FOUND', `template ${t.id} has no node ${req.node}`, {
      template: t.id,
      node: req.node,
    });
  const org = orgs.find((o) => o.id === req.organization);
  if (!org)
    throw new AtlasError('ATLAS_E_NOT_FOUND', `no organisation with id ${req.organization}`, {
      id: req.organization,
    });
  if (req.decision !== 'place') {
    const current = (await placeOrganizations(db, t, [org])).find(
      (p) => p.node === req.node && p.organization === org.id,
    );
    if (!current)
      throw new AtlasError(
        'ATLAS_E_PLACEMENT_REVIEW',
        `${org.name} is not placed on ${t.id}/${req.node}; place it by hand instead`,
        { template: t.id, node: req.node, organization: org.id, decision: req.decision },
      );
  }
  await db.transaction((tx) =>
    writePlacementDecision(tx, { ...req, template: t.id, decidedAt: new Date().toISOString() }),
  );
  const after = (await placeOrganizations(db, t, [org])).find(
    (p) => p.node === req.node && p.organization === org.id,
  );
  return after!;
}
