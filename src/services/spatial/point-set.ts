/** The coordinate system of a points file: WGS-84, or China's GCJ-02 (converted on input). */
export type Crs = 'wgs84' | 'gcj02';

/** Points as the spatial algorithms take them: WGS-84 degrees, in file order. */
export interface PointSet {
  ids: string[];
  lon: Float64Array;
  lat: Float64Array;
  weights?: Float64Array;
}
