import { YearsOptions } from '../../contract/evaluation.ts';
import { parseYears } from '../../services/evaluation/evaluate-years-report.ts';
import { contractValue } from '../contract-options.ts';
import { numberOption } from './number-option.ts';

const Y = YearsOptions.shape;

/** --year, --years, --base-year as the contract reads them (shared by evaluate and rank). */
export function yearOptions(opts: { year?: string; years?: string; baseYear?: string }): {
  year?: number;
  years?: number[];
  baseYear?: number;
} {
  const years = contractValue('years', Y.years, opts.years);
  return {
    year: numberOption.contract('year', Y.year, opts.year),
    years: years ? parseYears(years, '--years') : undefined,
    baseYear: numberOption.contract('base-year', Y.baseYear, opts.baseYear),
  };
}
