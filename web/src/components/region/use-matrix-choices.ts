import { useMemo, useState } from 'react';
import type { MatrixParams } from '../../api/index.ts';

export type Source = NonNullable<MatrixParams['source']>;
export type Benchmark = 'regions' | 'national';

/**
 * The reader's choices for the region matrices at a region level: industry
 * level, measure, source and LQ benchmark, and the request they make.
 */
export function useMatrixChoices(regionLevel: MatrixParams['regionLevel']) {
  const [industryLevel, setIndustryLevel] = useState<MatrixParams['industryLevel']>('2');
  // Undefined until the reader picks one: the server's default, then the answer says which.
  const [picked, setMeasure] = useState<MatrixParams['measure']>(undefined);
  // The organisations of the atlas, or the regional statistics an office loaded.
  const [source, setSource] = useState<Source>('organizations');
  // The LQ's reference: the regions of the matrix (lq) or China's employment by division (lq_national).
  const [benchmark, setBenchmark] = useState<Benchmark>('regions');
  const lqName = benchmark === 'national' ? 'lq_national' : 'lq';
  const params = useMemo<MatrixParams>(
    () => ({
      measure: picked,
      regionLevel,
      industryLevel,
      ...(source === 'statistics' ? { source } : {}),
    }),
    [picked, regionLevel, industryLevel, source],
  );
  return {
    industryLevel,
    setIndustryLevel,
    picked,
    setMeasure,
    source,
    setSource,
    benchmark,
    setBenchmark,
    lqName,
    params,
  };
}

export type MatrixChoices = ReturnType<typeof useMatrixChoices>;
