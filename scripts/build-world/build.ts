/**
 * Writes data/world/us-clusters.json and data/world/naics-gbt4754.json from
 * ../shared/data and checks data/world/world-clusters.json against the
 * source articles (../shared/seeds). Re-runnable and deterministic:
 *   npx tsx scripts/build-world/build.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dataPath } from '../build-reference/paths.ts';
import {
  checkWorldClusters,
  deriveConcordance,
  deriveUsClusters,
  DPS_SOURCE,
  RELATED_SOURCE,
  type WorldInputs,
} from './derive-world.ts';

const here = (rel: string) => fileURLToPath(new URL(rel, import.meta.url));
const shared = (rel: string) => readFileSync(here(`../../../shared/${rel}`), 'utf8');

export function readWorldInputs(): WorldInputs {
  return {
    dpsCsv: shared('data/us-cluster-mapping/dps2016_traded_cluster_naics.csv'),
    relatedCsv: shared('data/us-cluster-mapping/cmp_related_clusters.csv'),
    naicsJson: shared('data/us-naics/2017_NAICS_Descriptions.json'),
    gbtCsv: shared('data/gbt4754/gbt4754_2017_full.csv'),
    judgementsCsv: readFileSync(here('./naics-gbt4754-judgements.csv'), 'utf8'),
  };
}

/** The two derived files' text, as committed. */
export function worldFiles(inp: WorldInputs): Record<string, string> {
  const us = {
    about:
      'The 51 traded clusters of Delgado, Porter and Stern (2016) with their 6-digit NAICS industries, and for each its related clusters (US Cluster Mapping Project relatedness above the 90th percentile, highest cr_all first). Derived by scripts/build-world/build.ts; do not edit by hand.',
    sources: [DPS_SOURCE, RELATED_SOURCE],
    clusters: deriveUsClusters(inp),
  };
  const concordance = {
    about:
      'NAICS ↔ GB/T 4754-2017 concordance for the main products of the atlas chain fields: each row our judgement with its basis (inferred), both codes checked against their classifications, and the DPS (2016) cluster of the NAICS code. Derived by scripts/build-world/build.ts from naics-gbt4754-judgements.csv; do not edit by hand.',
    rows: deriveConcordance(inp),
  };
  return {
    'world/us-clusters.json': `${JSON.stringify(us, null, 2)}\n`,
    'world/naics-gbt4754.json': `${JSON.stringify(concordance, null, 2)}\n`,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const inp = readWorldInputs();
  const problems = checkWorldClusters(
    readFileSync(dataPath('world/world-clusters.json'), 'utf8'),
    (file) => shared(file),
    inp.gbtCsv,
  );
  if (problems.length) {
    for (const p of problems) process.stderr.write(`${p}\n`);
    process.exit(1);
  }
  for (const [rel, text] of Object.entries(worldFiles(inp))) {
    writeFileSync(dataPath(rel), text);
    process.stdout.write(`wrote data/${rel}\n`);
  }
}
