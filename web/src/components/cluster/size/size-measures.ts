import type { SizeMeasure } from '../../../api/cluster-size.ts';

/** The measures a cluster's size is given in, in the order shown. */
export const MEASURES: SizeMeasure[] = ['employees', 'revenue', 'output'];
