export { Duck, Tx, type Row } from './duck.ts';
export { openStore, defaultDbPath, type StoreOptions } from './store.ts';
export { migrate, schemaVersion } from './migrate.ts';
export { writeOrganizations } from './organizations.ts';
export { writeLinks } from './links.ts';
export { writeClusters, addClusterMembers } from './clusters.ts';
export { writeIndicators, type IndicatorValue } from './indicators.ts';
export { logImport } from './imports.ts';
export { counts, type Counts } from './counts.ts';
