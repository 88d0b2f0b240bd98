/**
 * ECharts, only the modules the pages use (map: geo, scatter, effect scatter;
 * region page: bar, heat map, grid, visual map, data zoom; reports: legend,
 * mark line; cluster size: line; tooltip, canvas; graphic: the map's source
 * written into its PNG):
 * the whole library would triple the page's JavaScript.
 */
import {
  BarChart,
  EffectScatterChart,
  GraphChart,
  HeatmapChart,
  LineChart,
  LinesChart,
  ScatterChart,
} from 'echarts/charts';
import {
  DataZoomComponent,
  GeoComponent,
  GraphicComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  GeoComponent,
  GraphicComponent,
  TooltipComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  VisualMapComponent,
  DataZoomComponent,
  ScatterChart,
  EffectScatterChart,
  BarChart,
  HeatmapChart,
  LineChart,
  LinesChart,
  GraphChart,
  CanvasRenderer,
]);

export { echarts };
