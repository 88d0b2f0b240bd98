/**
 * ECharts, only the modules the map uses (geo, scatter, effect scatter,
 * tooltip, canvas): the whole library would triple the page's JavaScript.
 */
import { EffectScatterChart, ScatterChart } from 'echarts/charts';
import { GeoComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([GeoComponent, TooltipComponent, ScatterChart, EffectScatterChart, CanvasRenderer]);

export { echarts };
