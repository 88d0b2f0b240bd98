export * from './errors.ts';
export * from './ids/uscc.ts';
export * from './model/provenance.ts';
export * from './model/region.ts';
export * from './model/industry.ts';
export * from './model/organization.ts';
export * from './model/link.ts';
export * from './model/cluster.ts';
