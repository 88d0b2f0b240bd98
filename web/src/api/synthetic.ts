import type { SyntheticMark } from '../../../src/contract/synthetic-mark.ts';

export type { SyntheticMark };
