/**
 * The only place that loads ECharts: the core plus exactly the charts, components and renderer
 * the dashboard draws with. Loaded lazily (see provide-charts.ts), so none of it is in the
 * initial bundle. Add a chart type here when a builder starts using it.
 */
import { CustomChart, HeatmapChart, LineChart, RadarChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  RadarComponent,
  TooltipComponent,
  VisualMapContinuousComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  CustomChart,
  ScatterChart,
  LineChart,
  HeatmapChart,
  RadarChart,
  AriaComponent,
  GridComponent,
  LegendComponent,
  RadarComponent,
  TooltipComponent,
  VisualMapContinuousComponent,
  CanvasRenderer,
]);

export { echarts };
