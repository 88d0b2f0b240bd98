import { AtlasError } from '../../core/errors.ts';
import { readChainOrganizations } from '../../store/chains.ts';
import type { Duck } from '../../store/duck.ts';
import {
  readFirmPoints,
  type FirmPointFilter,
  type FirmPointRow,
} from '../../store/queries/spatial.ts';
import { placeOrganizations } from '../chain/placements.ts';
import { getChainTemplate } from '../chain/templates.ts';

/** `chain:TEMPLATE/NODE`: the firms placed on a chain node (by code, keyword or a person). */
const CHAIN_GROUP = /^chain:([^/\s]+)\/(\S+)$/;

export type GroupFilter = Omit<FirmPointFilter, 'industry'> & { group: string };

/**
 * The located firms of an industry group, ordered by id: a GB/T 4754 code
 * prefix, a tag, or a chain node written `chain:TEMPLATE/NODE` — then the
 * firms the chain placement puts on that node (rejected placements left out,
 * confirmed ones kept; services/chain/placements.ts).
 */
export async function groupFirms(db: Duck, f: GroupFilter): Promise<FirmPointRow[]> {
  const group = f.group.trim();
  const chain = CHAIN_GROUP.exec(group);
  if (!chain) return readFirmPoints(db, { ...f, industry: group });
  const [, templateId, node] = chain;
  const template = await getChainTemplate(templateId, db);
  if (!template.nodes.some((n) => n.id === node)) {
    throw new AtlasError('ATLAS_E_BAD_VALUE', `chain ${templateId} has no node ${node}`, {
      field: 'industry',
      template: templateId,
      node,
    });
  }
  const located = await readFirmPoints(db, { ...f, industry: '' });
  const ids = new Set(located.map((r) => r.id));
  const orgs = (await readChainOrganizations(db)).filter((o) => ids.has(o.id));
  const onNode = new Set(
    (await placeOrganizations(db, template, orgs))
      .filter((p) => p.node === node && p.review !== 'rejected')
      .map((p) => p.organization),
  );
  return located.filter((r) => onNode.has(r.id));
}
