import { warning, type AtlasWarning } from '../../core/errors.ts';

/** The warning naming the units (cells, regions, …) a metric is undefined for, first ten in full; none if none. */
export function undefinedWarning(metric: string, undefinedUnits: string[]): AtlasWarning[] {
  return undefinedUnits.length
    ? [
        warning(
          'ATLAS_W_METRIC_UNDEFINED',
          `${metric} is undefined for ${undefinedUnits.length} unit(s): ${undefinedUnits.slice(0, 10).join(', ')}${undefinedUnits.length > 10 ? ', …' : ''}`,
          { metric, units: undefinedUnits },
        ),
      ]
    : [];
}
