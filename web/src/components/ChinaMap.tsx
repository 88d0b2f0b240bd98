import { useMemo, useRef, useState } from 'react';
import { ReactEChartsCore } from './react-echarts-core.ts';
import { ChartDataTable } from './chart/ChartDataTable.tsx';
import { ChartExport } from './chart/ChartExport.tsx';
import type { ChartTable } from './chart/chart-table.ts';
import { pngOf, type ChartRef } from './chart/png-of.ts';
import { echarts } from '../echarts.ts';
import { useLang } from '../lang.tsx';
import type { Cluster, GeoJson, Region } from '../types.ts';
import type { OrganizationItem } from '../api/catalog.ts';
import { clusterHref, organizationHref, regionHref } from '../route.ts';
import type { DetectResult } from './DetectPanel.tsx';
import { escapeHtml } from '../escape-html.ts';
import { spatialApi, type FirmDensity } from '../api/spatial.ts';
import { formatNumber, formatPercent } from '../i18n/common.ts';
import { useLoad } from '../use-load.ts';
import { useDictionary } from '../i18n/dictionary.ts';
import { mapText } from '../i18n/map.ts';
import {
  sourceGraphic,
  southChinaSeaLabel,
  southChinaSeaRegions,
  withSouthChinaSea,
} from './map/south-china-sea.ts';
import { MAP_REVIEW_NUMBER } from './map/map-review.ts';
import { exportText } from '../i18n/export.ts';

export const MAP_NAME = 'china-provinces';
export const PREFECTURE_MAP = 'china-prefectures';

const registered = new Set<string>();
/**
 * Registers outlines once per page (ECharts keeps maps globally), with the
 * 南海诸岛 inset added: every China map shows the whole national territory.
 */
export function registerChina(geo: GeoJson, name = MAP_NAME): void {
  if (registered.has(name)) return;
  echarts.registerMap(name, withSouthChinaSea(geo) as never);
  registered.add(name);
}

/**
 * A drilled province's own map: its prefectures only, so the page is about
 * that province (its neighbours drawn too pulled the eye away and left no
 * free corner for the map's buttons). Not a map of China: no inset.
 */
function provinceMap(prefectures: GeoJson, province: string): string {
  const name = `${PREFECTURE_MAP}:${province}`;
  if (registered.has(name)) return name;
  const prefix = province.slice(0, 2);
  const features = prefectures.features.filter((f) =>
    String(f.properties.adcode ?? '').startsWith(prefix),
  );
  echarts.registerMap(name, { ...prefectures, features } as never);
  registered.add(name);
  return name;
}

/** Land as the map paints it (the inset's coast strip too). */
const LAND = { areaColor: '#eef2f6', borderColor: '#9aa8ba' };
/** A drilled province's cities. */
const FOCUS = { areaColor: '#e3edf8', borderColor: '#2f6fb0' };

/** The drilled province's prefectures as geo regions: tinted, outlined, each named (the chosen province highlighted). */
function focusRegions(
  geo: GeoJson | null | undefined,
  province: string,
  nameMap: Record<string, string>,
): object[] {
  const prefix = province.slice(0, 2);
  return (geo?.features ?? [])
    .filter((f) => String(f.properties.adcode ?? '').startsWith(prefix) && f.properties.name)
    .map((f) => ({
      // Regions are named as shown: in English, through the name map.
      name: nameMap[String(f.properties.name)] ?? f.properties.name,
      itemStyle: { ...FOCUS, borderWidth: 1 },
      label: {
        show: true,
        fontSize: 11,
        color: '#1d2733',
        textBorderColor: '#fff',
        textBorderWidth: 2,
      },
    }));
}

interface Point {
  id: string;
  name: string;
  value: [number, number, number];
  national: boolean;
  synthetic: boolean;
}

/**
 * Clusters sharing a city would hide one another: spread each group on a
 * small ring (0.35°) around its centroid. Display only; the data keeps the
 * centroid.
 */
function spread(clusters: Cluster[], name: (c: Cluster) => string): Point[] {
  const groups = new Map<string, Cluster[]>();
  for (const c of clusters) {
    if (!c.location) continue;
    const key = c.location.map((x) => x.toFixed(2)).join(',');
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const out: Point[] = [];
  for (const group of groups.values()) {
    group.forEach((c, k) => {
      const [lon, lat] = c.location!;
      const angle = (2 * Math.PI * k) / group.length;
      const r = group.length > 1 ? 0.35 : 0;
      out.push({
        id: c.id,
        name: name(c),
        value: [lon + r * Math.cos(angle), lat + r * Math.sin(angle), c.memberCount],
        national: c.designation === 'national',
        synthetic: c.synthetic,
      });
    });
  }
  return out;
}

export interface ChinaMapProps {
  geo: GeoJson;
  provinces: Region[];
  clusters: Cluster[];
  selected: string | null;
  onSelect: (id: string) => void;
  /** Clusters found from firm locations: outlines and hot spots drawn over the map. */
  detected?: DetectResult | null;
  /** Drill-down: a province shown with its prefectures and its firms. */
  focus?: string | null;
  prefectures?: GeoJson | null;
  /** The focused province's prefectures with their English names. */
  cities?: Region[] | null;
  firms?: OrganizationItem[];
  onProvince?: (code: string | null) => void;
}

export function ChinaMap(props: ChinaMapProps) {
  const { t, name } = useLang();
  const tm = useDictionary(mapText);
  const review = useMapReview();
  registerChina(props.geo);
  if (props.prefectures) registerChina(props.prefectures, PREFECTURE_MAP);
  const drilled = Boolean(props.focus && props.prefectures);
  const density = useDensityLayer();
  const option = useMapOption(props, drilled, density.shown);
  const ref = useRef<ChartRef | null>(null);
  const [tableShown, setTableShown] = useState(false);
  const table = drilled
    ? firmTable(props.firms ?? [], `map-${props.focus}-organizations`, t('mapFirmsTable'))
    : clusterTable(props.clusters, (c) => name(c.name, c.nameEn), t('mapTable'));
  // Every export of the map names the map's source and its review number.
  table.source = review.exportSource;
  return (
    <div
      className="map"
      data-testid="china-map"
      data-density-cells={density.shown ? density.shown.cells.length : 0}
    >
      <ChartExport
        png={() => pngWithSource(ref, `${tm('source')}\n${review.short}`)}
        pngName={drilled ? `map-${props.focus}` : 'map-clusters'}
        table={table}
        tableShown={tableShown}
        onToggleTable={() => setTableShown((x) => !x)}
      />
      <ReactEChartsCore
        ref={(r: unknown) => {
          ref.current = r as ChartRef | null;
        }}
        echarts={echarts}
        option={option}
        notMerge
        style={{ height: '100%', width: '100%' }}
        onEvents={{ click: (p: MapClick) => onMapClick(p, props, drilled, option.geo.nameMap) }}
      />
      <MapLegend density={density} />
      <div className="map-credits">
        <p className="muted" data-testid="map-source">
          {tm('source')}
        </p>
        <div className="muted" data-testid="map-review">
          {review.short}
          {review.detail ? (
            <details data-testid="map-review-details">
              <summary>{tm('reviewDetails')}</summary>
              {review.detail}
            </details>
          ) : null}
        </div>
      </div>
      {tableShown ? <ChartDataTable table={table} testId="map-table" /> : null}
    </div>
  );
}

/** The map's option, built again only when what it draws changes (a new option resets the view). */
function useMapOption(props: ChinaMapProps, drilled: boolean, density: FirmDensity | null) {
  const { t, name, lang } = useLang();
  const tm = useDictionary(mapText);
  return useMemo(
    () =>
      mapOption(props, {
        drilled,
        density,
        nameMap: nameMapOf(props, lang),
        name,
        t,
        inset: tm('insetLabel'),
      }),
    // The props the option reads, one by one.
    [
      props.clusters,
      props.provinces,
      props.geo,
      props.selected,
      props.detected,
      props.firms,
      drilled,
      props.focus,
      props.prefectures,
      props.cities,
      density,
      lang,
      name,
      t,
      tm,
    ],
  );
}

/**
 * The map's review number (审图号) where the base map gives one; else a line
 * saying it has none, the files and what they hold one click away.
 */
function useMapReview(): { short: string; detail: string | null; exportSource: string } {
  const { lang } = useLang();
  const tm = useDictionary(mapText);
  const tx = useDictionary(exportText);
  const short = MAP_REVIEW_NUMBER
    ? tm('reviewNumber', { number: MAP_REVIEW_NUMBER })
    : tm('reviewNoneShort');
  const detail = MAP_REVIEW_NUMBER ? null : tm('reviewNone');
  const exportSource = [tx('defaultSource'), tm('source'), short].join(lang === 'en' ? '; ' : '；');
  return { short, detail, exportSource };
}

interface DensityLayer {
  dense: boolean;
  setDense: (on: boolean) => void;
  shown: FirmDensity | null;
  error: string | null;
}

/** The density layer: loaded the first time it is asked for, kept after. */
function useDensityLayer(): DensityLayer {
  const [dense, setDense] = useState(false);
  const [asked, setAsked] = useState(false);
  const density = useLoad(asked ? 'density' : 'density-off', () =>
    asked ? spatialApi.density() : Promise.resolve(null),
  );
  return {
    dense,
    setDense: (on) => {
      setDense(on);
      setAsked(true);
    },
    shown: dense && density.data ? density.data : null,
    error: density.error,
  };
}

/** The map's key: national and other clusters, and the density layer's switch with what it counts. */
function MapLegend({ density }: { density: DensityLayer }) {
  const { t, lang } = useLang();
  const shown = density.shown;
  return (
    <div className="legend">
      <span>
        <i className="dot dot-national" /> {t('mapLegendNational')}
      </span>
      <span>
        <i className="dot dot-other" /> {t('mapLegendOther')}
      </span>
      <label>
        <input
          type="checkbox"
          checked={density.dense}
          onChange={(e) => density.setDense(e.target.checked)}
          data-testid="density-toggle"
        />{' '}
        {t('densityLayer')}
        {shown ? (
          <span className="muted" data-testid="density-note">
            {' '}
            {t('densityNote', {
              n: formatNumber(lang, shown.organizations),
              share: formatPercent(
                lang,
                shown.organizations ? shown.synthetic / shown.organizations : 0,
              ),
            })}
          </span>
        ) : null}
        {density.dense && density.error ? <span role="alert"> {density.error}</span> : null}
      </label>
    </div>
  );
}

type MapClick = { componentType?: string; name?: string; data?: Point | FirmPoint };

/**
 * A click on the map: a firm opens its page, a cluster is selected; in the
 * country view a province drills down, drilled a prefecture opens its region
 * page. Clicked names are the shown ones: English names go back through the
 * name map.
 */
function onMapClick(
  p: MapClick,
  props: ChinaMapProps,
  drilled: boolean,
  nameMap: Record<string, string>,
): void {
  const data = p.data;
  if (data && 'organization' in data) {
    window.location.hash = organizationHref(data.organization).slice(1);
    return;
  }
  if (data?.id) return props.onSelect(data.id);
  if (p.componentType !== 'geo' || !p.name) return;
  const geo = drilled ? props.prefectures : props.geo;
  const zh = Object.entries(nameMap).find(([, en]) => en === p.name)?.[0];
  const code = geo?.features.find((f) => f.properties.name === (zh ?? p.name))?.properties.adcode;
  if (code === undefined) return;
  if (drilled) window.location.hash = regionHref(String(code)).slice(1);
  else props.onProvince?.(String(code));
}

/** Outline names are Chinese; in English the regions' English names. */
function nameMapOf(props: ChinaMapProps, lang: string): Record<string, string> {
  const nameMap: Record<string, string> = {};
  if (lang !== 'en') return nameMap;
  const byAdcode = new Map(props.provinces.map((p) => [p.code, p]));
  for (const f of props.geo.features) {
    const r = byAdcode.get(String(f.properties.adcode ?? ''));
    if (r?.nameEn && f.properties.name) nameMap[f.properties.name] = r.nameEn;
  }
  for (const c of props.cities ?? []) if (c.nameEn) nameMap[c.nameZh] = c.nameEn;
  return nameMap;
}

interface OptionContext {
  drilled: boolean;
  density: FirmDensity | null;
  nameMap: Record<string, string>;
  name: ReturnType<typeof useLang>['name'];
  t: ReturnType<typeof useLang>['t'];
  inset: string;
}

/** The map's ECharts option: outlines (the inset, a drilled province's cities), clusters and layers. */
function mapOption(props: ChinaMapProps, c: OptionContext) {
  const points = spread(props.clusters, (x) => c.name(x.name, x.nameEn));
  const focused = c.drilled ? focusRegions(props.prefectures, props.focus ?? '', c.nameMap) : [];
  return {
    ...(c.density ? { visualMap: densityScale(c.density, c.t('densityScale')) } : {}),
    // Markers jump with the view (drill-down, detection) instead of gliding across the country.
    animationDurationUpdate: 0,
    tooltip: {
      trigger: 'item',
      formatter: (p: { componentType: string; name: string; data?: Point }) =>
        p.data?.id
          ? `${escapeHtml(p.data.name)}<br/>${c.t('membersN', { n: p.data.value[2] })}`
          : escapeHtml(p.name),
    },
    geo: {
      map: c.drilled && props.prefectures ? provinceMap(props.prefectures, props.focus!) : MAP_NAME,
      roam: true,
      nameMap: c.nameMap,
      // The country fills the view, the 南海诸岛 inset in its lower right.
      // Drilled, the map is the province alone: it fills the view with a margin.
      ...(c.drilled
        ? { zoom: 0.9 }
        : view(props.detected?.detection.clusters.flatMap((x) => x.concaveOutline) ?? [])),
      tooltip: { show: true },
      label: { show: false },
      itemStyle: { ...LAND, borderWidth: 0.8 },
      emphasis: { label: { show: false }, itemStyle: { areaColor: '#dde7f2' } },
      select: { disabled: true },
      regions: [...southChinaSeaRegions(LAND), ...focused],
    },
    series: [
      ...clusterSeries(points, props.selected, c),
      ...densitySeries(c.density),
      ...detectedSeries(props.detected ?? null),
      ...(c.drilled ? firmSeries(props.firms ?? []) : []),
      // Last, so the series indices above (the density scale's) stay as they are.
      southChinaSeaLabel(c.inset),
    ],
  };
}

/** Other clusters as dots, national ones rippling; hollow over the density layer so its cells show. */
function clusterSeries(points: Point[], selected: string | null, c: OptionContext): object[] {
  const size = (v: number[]) => Math.min(26, 8 + Math.sqrt(v[2] ?? 0) * 1.5);
  const style = (p: Point) =>
    p.id === selected ? { itemStyle: { borderColor: '#111', borderWidth: 3 }, z: 10 } : {};
  return [
    {
      name: c.t('mapLegendOther'),
      type: 'scatter',
      coordinateSystem: 'geo',
      symbolSize: size,
      itemStyle: c.density
        ? { color: 'rgba(0,0,0,0)', borderColor: '#2f6fb0', borderWidth: 1.5 }
        : { color: '#2f6fb0', opacity: 0.85 },
      data: points.filter((p) => !p.national).map((p) => ({ ...p, ...style(p) })),
    },
    {
      name: c.t('mapLegendNational'),
      type: 'effectScatter',
      coordinateSystem: 'geo',
      symbolSize: size,
      rippleEffect: { scale: 2.5, brushType: 'stroke', period: 5 },
      showEffectOn: c.density ? 'emphasis' : 'render',
      itemStyle: c.density
        ? { color: 'rgba(0,0,0,0)', borderColor: '#c2410c', borderWidth: 2 }
        : { color: '#c2410c' },
      z: 5,
      data: points.filter((p) => p.national).map((p) => ({ ...p, ...style(p) })),
    },
  ];
}

/**
 * The map as a PNG with its source written in the picture: the source line is
 * drawn into the canvas for the moment of the export (ECharts draws
 * synchronously, the screen repaints on the next frame) and taken out again.
 */
function pngWithSource(ref: { current: ChartRef | null }, source: string): string | undefined {
  const chart = ref.current?.getEchartsInstance() as
    (ReturnType<ChartRef['getEchartsInstance']> & { setOption: (o: object) => void }) | undefined;
  if (!chart) return undefined;
  chart.setOption({ graphic: sourceGraphic(source) });
  try {
    return pngOf(ref);
  } finally {
    chart.setOption({ graphic: { id: 'map-source', $action: 'remove' } });
  }
}

/** The clusters the map shows, each row linked to its profile. */
function clusterTable(
  clusters: Cluster[],
  name: (c: Cluster) => string,
  title: string,
): ChartTable {
  return {
    name: 'map-clusters',
    columns: ['id', 'name', 'designation', 'regions', 'members', 'lon', 'lat', 'synthetic'],
    rows: clusters.map((c) => [
      c.id,
      name(c),
      c.designation,
      c.regions.join(' '),
      c.memberCount,
      c.location?.[0] ?? null,
      c.location?.[1] ?? null,
      c.synthetic ? 1 : 0,
    ]),
    links: clusters.map((c) => clusterHref(c.id)),
    note: title,
  };
}

/** The located organisations of a drilled province, each row linked to its page. */
function firmTable(firms: OrganizationItem[], file: string, title: string): ChartTable {
  const located = firms.filter((f) => f.lon !== null && f.lat !== null);
  return {
    name: file,
    columns: ['id', 'name', 'lon', 'lat', 'synthetic'],
    rows: located.map((f) => [f.id, f.name, f.lon, f.lat, f.synthetic ? 1 : 0]),
    links: located.map((f) => organizationHref(f.id)),
    note: title,
  };
}

/**
 * Outlines (concave hulls, closed) of detected clusters — new ones green,
 * those matching a known cluster purple — and the kernel-density hot spots.
 * Detection answers WGS-84; the outlines of the base map are GCJ-02-based:
 * the datum shift (≈0.5 km) is below what this map can show.
 */
function detectedSeries(d: DetectResult | null): object[] {
  if (!d) return [];
  return [
    {
      type: 'lines',
      coordinateSystem: 'geo',
      polyline: true,
      silent: true,
      z: 8,
      lineStyle: { width: 2, opacity: 0.9 },
      data: d.detection.clusters
        .filter((c) => c.concaveOutline.length >= 3)
        .map((c) => ({
          coords: [...c.concaveOutline, c.concaveOutline[0]],
          lineStyle: { color: c.status === 'new' ? '#1a7f37' : '#8250df' },
        })),
    },
    {
      type: 'scatter',
      coordinateSystem: 'geo',
      symbol: 'diamond',
      symbolSize: 7,
      silent: true,
      z: 9,
      itemStyle: { color: '#bf8700', borderColor: '#fff', borderWidth: 1 },
      // A withheld density (null) is left out of the point, never drawn as 0 (DetectPanel counts them).
      data: d.hotspots.hotspots.map((h) =>
        h.density === null ? [h.lon, h.lat] : [h.lon, h.lat, h.density],
      ),
    },
  ];
}

interface FirmPoint {
  organization: string;
  name: string;
  value: [number, number];
}

/** The located organisations of the focused province, small dots (synthetic ones lighter). */
function firmSeries(firms: OrganizationItem[]): object[] {
  const located = firms.filter((f) => f.lon !== null && f.lat !== null);
  const point = (f: OrganizationItem): FirmPoint => ({
    organization: f.id,
    name: f.synthetic ? `${f.name} (synthetic)` : f.name,
    value: [f.lon!, f.lat!],
  });
  return [
    {
      type: 'scatter',
      coordinateSystem: 'geo',
      symbolSize: 5,
      z: 4,
      itemStyle: { color: '#57606a', opacity: 0.8 },
      data: located.filter((f) => !f.synthetic).map(point),
    },
    {
      type: 'scatter',
      coordinateSystem: 'geo',
      symbolSize: 4,
      z: 3,
      itemStyle: { color: '#8c959f', opacity: 0.5 },
      data: located.filter((f) => f.synthetic).map(point),
    },
  ];
}

/** The whole country, or the extent of the given points (a province, detected clusters). */
function view(pts: [number, number][]): { center: [number, number]; zoom: number } {
  if (pts.length === 0) return { center: [104.5, 35.2], zoom: 1.12 };
  const lons = pts.map((p) => p[0]);
  const lats = pts.map((p) => p[1]);
  const [x0, x1, y0, y1] = [
    Math.min(...lons),
    Math.max(...lons),
    Math.min(...lats),
    Math.max(...lats),
  ];
  // At zoom 1.12 the map shows about 60° of longitude; leave a margin around the clusters.
  const extent = Math.max(x1 - x0, (y1 - y0) * 1.3, 0.5) * 1.6;
  return {
    center: [(x0 + x1) / 2, (y0 + y1) / 2],
    zoom: Math.min(12, Math.max(1.12, (1.12 * 60) / extent)),
  };
}

/**
 * The colour scale of the density layer: organisations per cell on a log
 * scale (1 to the busiest cell), since a few cells hold most organisations.
 */
function densityScale(d: FirmDensity, text: string): object {
  return {
    type: 'continuous',
    min: 0,
    max: Math.max(Math.log10(d.max), 0.3),
    dimension: 2,
    seriesIndex: 2,
    calculable: false,
    right: 12,
    bottom: 48,
    itemHeight: 90,
    text: [String(d.max), `1 · ${text}`],
    textStyle: { fontSize: 11 },
    inRange: { color: ['#fee391', '#fec44f', '#ec7014', '#993404'] },
  };
}

/**
 * Where the located organisations are: counts per grid cell (the API bins
 * them; a cell of 0.25° is about 25 km), drawn under the clusters.
 */
function densitySeries(d: FirmDensity | null): object[] {
  if (!d) return [];
  return [
    {
      type: 'heatmap',
      coordinateSystem: 'geo',
      pointSize: 11,
      blurSize: 10,
      z: 1,
      silent: true,
      // The colour reads log10(count); the tooltip-free layer keeps counts in the API and CSV.
      data: d.cells.map((c) => [c[0], c[1], Math.log10(c[2])]),
    },
  ];
}
