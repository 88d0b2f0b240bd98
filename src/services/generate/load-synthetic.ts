import { Link } from '../../core/model/link.ts';
import { Organization } from '../../core/model/organization.ts';
import { addClusterMembers } from '../../store/clusters.ts';
import type { Tx } from '../../store/duck.ts';
import { writeLinks } from '../../store/links.ts';
import { writeOrganizations } from '../../store/organizations.ts';
import type { SyntheticDataSet } from './generate.ts';

/**
 * Writes a generated data set inside the caller's transaction. Links to
 * organisations and members of clusters the atlas does not hold are skipped
 * (and counted): a generated record never points at nothing.
 */
export async function writeSynthetic(
  tx: Tx,
  data: SyntheticDataSet,
): Promise<{
  organizations: number;
  links: number;
  members: number;
  skippedLinks: number;
  skippedMembers: number;
}> {
  const organizations = data.organizations.map((o) => Organization.parse(o));
  await writeOrganizations(tx, organizations);
  const orgs = new Set((await tx.all('SELECT id FROM organizations')).map((r) => String(r.id)));
  const links = data.links
    .filter((l) => orgs.has(l.from) && orgs.has(l.to))
    .map((l) => Link.parse(l));
  await writeLinks(tx, links);
  const known = new Set((await tx.all('SELECT id FROM clusters')).map((r) => String(r.id)));
  const members = data.clusterMembers.filter((m) => known.has(m.cluster));
  await addClusterMembers(tx, members);
  return {
    organizations: organizations.length,
    links: links.length,
    members: members.length,
    skippedLinks: data.links.length - links.length,
    skippedMembers: data.clusterMembers.length - members.length,
  };
}
