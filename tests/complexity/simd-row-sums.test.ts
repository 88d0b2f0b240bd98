import { describe, expect, it } from 'vitest';
import { simdRowSums } from '../../src/analytics/complexity/simd-row-sums.ts';

describe('simdRowSums', () => {
  it('takes an empty matrix (the module imports at least one memory page)', () => {
    // A canary-scan request built a density over no industry: a LinkError, answered 500.
    expect(() => simdRowSums(new Float64Array(0), 0, 0)).not.toThrow();
  });
});
