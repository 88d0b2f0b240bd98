/**
 * Decoder for ECharts 4's compressed map format ("UTF8Encoding": true).
 *
 * Each ring is a string of character pairs; every character's code minus 64
 * is a zigzag-encoded integer delta (x, then y) from the previous point, the
 * first point being relative to the ring's `encodeOffsets` entry. Integers are
 * coordinates times the scale (`UTF8Scale`, 1024 when absent). Written from the
 * format's description; ECharts' own code is not copied.
 */

export type Position = [number, number];
export type Ring = Position[];

interface EncodedGeometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: unknown;
  encodeOffsets: unknown;
}

export interface EncodedFeature {
  id?: string;
  type: 'Feature';
  properties: Record<string, unknown>;
  geometry: EncodedGeometry;
}

export interface EncodedCollection {
  type: 'FeatureCollection';
  UTF8Encoding?: boolean;
  UTF8Scale?: number;
  features: EncodedFeature[];
}

export interface DecodedFeature {
  id?: string;
  properties: Record<string, unknown>;
  /** Polygons, each a list of rings (first ring outer). */
  polygons: Ring[][];
}

function unzigzag(n: number): number {
  return (n >> 1) ^ -(n & 1);
}

export function decodeRing(encoded: string, offset: [number, number], scale: number): Ring {
  const ring: Ring = [];
  let x = offset[0];
  let y = offset[1];
  for (let i = 0; i + 1 < encoded.length; i += 2) {
    x += unzigzag(encoded.charCodeAt(i) - 64);
    y += unzigzag(encoded.charCodeAt(i + 1) - 64);
    ring.push([x / scale, y / scale]);
  }
  return ring;
}

function decodePolygon(rings: unknown, offsets: unknown, scale: number): Ring[] {
  const rs = rings as (string | number[][])[];
  const os = offsets as [number, number][];
  return rs.map((r, i) =>
    typeof r === 'string' ? decodeRing(r, os[i], scale) : (r as unknown as Ring),
  );
}

export function decodeCollection(json: EncodedCollection): DecodedFeature[] {
  const scale = json.UTF8Scale ?? 1024;
  return json.features.map((f) => {
    const g = f.geometry;
    let polygons: Ring[][];
    if (!json.UTF8Encoding) {
      polygons = g.type === 'Polygon' ? [g.coordinates as Ring[]] : (g.coordinates as Ring[][]);
    } else if (g.type === 'Polygon') {
      polygons = [decodePolygon(g.coordinates, g.encodeOffsets, scale)];
    } else {
      const cs = g.coordinates as unknown[];
      const os = g.encodeOffsets as unknown[];
      polygons = cs.map((p, i) => decodePolygon(p, os[i], scale));
    }
    return { id: f.id, properties: f.properties, polygons };
  });
}
