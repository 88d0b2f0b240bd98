/**
 * The 南海诸岛 附图 of every China map: ECharts 4's inset of the South China
 * Sea with the dashed national boundary line (data/geo/south-china-sea.json,
 * built from echarts@4.9.0, Apache-2.0, by scripts/build-reference/build-geo.ts),
 * drawn in the lower right of the country like ECharts 4 drew it. It is a layer
 * of its own: its features have no adcode, are silent (no tooltip, no click),
 * and are added only to the outlines registered with ECharts, never to the
 * GeoJSON the pages look regions up in.
 */
import inset from '../../../../data/geo/south-china-sea.json' with { type: 'json' };
import type { GeoJson } from '../../types.ts';

/** An inset feature: not a region (no adcode), drawn only. */
interface InsetFeature {
  type: 'Feature';
  properties: { layer: string; kind: string; name: string; nameEn: string };
  geometry: { type: string; coordinates: unknown };
}

const features = (inset as { features: InsetFeature[] }).features;

/** The inset's features by kind: the coast strip, the dashed line, the frame. */
export const SOUTH_CHINA_SEA = {
  coast: features.find((f) => f.properties.kind === 'coast')!,
  dashes: features.find((f) => f.properties.kind === 'dashed-line')!,
  frame: features.find((f) => f.properties.kind === 'frame')!,
};

/**
 * Where the inset's label goes: inside the dashed line, in the band between
 * its upper and lower dashes (ECharts 4 units x 32, y 57 of the 64 × 93.1 box).
 */
const LABEL_AT: [number, number] = [129.05, 20.93];

/** The outlines with the inset added (for echarts.registerMap only). */
export function withSouthChinaSea(geo: GeoJson): {
  type: 'FeatureCollection';
  features: (GeoJson['features'][number] | InsetFeature)[];
} {
  return { ...geo, features: [...geo.features, ...features] };
}

const INK = '#4b5a6e';

/** geo.regions entries: the coast like land, the dashes and frame in ink; all silent. */
export function southChinaSeaRegions(land: { areaColor: string; borderColor: string }): object[] {
  const quiet = { silent: true, tooltip: { show: false }, emphasis: { disabled: true } };
  return [
    {
      name: SOUTH_CHINA_SEA.coast.properties.name,
      ...quiet,
      itemStyle: { ...land, borderWidth: 0.6 },
    },
    {
      name: SOUTH_CHINA_SEA.dashes.properties.name,
      ...quiet,
      itemStyle: { areaColor: INK, borderColor: INK, borderWidth: 0.6 },
    },
    {
      name: SOUTH_CHINA_SEA.frame.properties.name,
      ...quiet,
      itemStyle: { areaColor: INK, borderColor: INK, borderWidth: 0.3 },
    },
  ];
}

/** The inset's name, written inside its frame (a silent point carrying a label). */
export function southChinaSeaLabel(text: string): object {
  return {
    id: 'south-china-sea-label',
    type: 'scatter',
    coordinateSystem: 'geo',
    silent: true,
    symbolSize: 0,
    z: 6,
    tooltip: { show: false },
    label: {
      show: true,
      position: 'inside',
      align: 'center',
      lineHeight: 10,
      formatter: text,
      fontSize: text.includes('\n') ? 9 : 10,
      color: INK,
    },
    data: [{ name: text, value: LABEL_AT }],
  };
}

/** The map's source, drawn into the exported PNG (bottom left of the picture). */
export function sourceGraphic(text: string): object[] {
  return [
    {
      id: 'map-source',
      type: 'text',
      left: 12,
      bottom: 8,
      silent: true,
      z: 100,
      style: { text, fill: '#333a42', font: '12px sans-serif' },
    },
  ];
}
