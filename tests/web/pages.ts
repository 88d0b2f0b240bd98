/** The Changsha construction-machinery cluster's profile: the pages' usual example. */
export const CHANGSHA = '#/cluster/national-changsha-construction-machinery';

/**
 * Every page of the web app once, by its hash: the map, a region, each tab of
 * a cluster, an organisation, the chains, networks, matchmaking, rankings,
 * capacity alliance, data and reports pages, a cluster's and a region's report, and the API page.
 */
export const EVERY_PAGE = [
  '',
  '#/region/430100',
  CHANGSHA,
  `${CHANGSHA}/panorama`,
  `${CHANGSHA}/network`,
  `${CHANGSHA}/metrics`,
  `${CHANGSHA}/evaluation`,
  `${CHANGSHA}/actions`,
  '#/organization/org-sany',
  '#/chains',
  '#/chains/construction-machinery',
  '#/networks',
  '#/matching',
  '#/matching/capacity',
  '#/rankings',
  '#/data',
  '#/reports',
  '#/reports/national-changsha-construction-machinery',
  '#/reports/region/430100',
  '#/api',
] as const;
