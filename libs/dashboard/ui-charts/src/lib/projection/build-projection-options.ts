import type { LineSeriesOption } from 'echarts/charts';
import {
  mirroredGrid,
  mirroredLegend,
  mirroredTooltip,
  startSide,
  valueOrGap,
} from '../common/rtl-layout';
import { TREND_COLORS, TrendOption } from '../trend/build-trend-options';

/** The same ECharts parts as a trend: lines on a grid, with a legend and a tooltip. */
export type ProjectionOption = TrendOption;

/** A KPI's monthly values, their projection to the horizon with its interval, and the target. */
export interface ProjectionData {
  history: readonly { month: string; value: number }[];
  path: readonly { month: string; value: number; low: number; high: number }[];
  target: number;
}

export interface ProjectionConfig {
  rtl: boolean;
  labels: { actual: string; projection: string; band: string; target: string };
  formatPeriod?: (month: string) => string;
  formatValue?: (value: number) => string;
  min?: number;
  max?: number;
}

interface AxisTooltipItem {
  dataIndex: number;
}

export const PROJECTION_BAND_COLOR = 'rgba(138, 21, 56, 0.16)';

/**
 * The monthly values (solid), the least-squares projection (dashed, from the latest value on)
 * inside its prediction interval (a shaded band: a transparent lower line with the band's width
 * stacked on it) and the flat target, on one month axis from the first value to the horizon.
 * Pure. RTL: time runs right to left, the value axis and legend on the right; same data order.
 */
export function buildProjectionOptions(
  data: ProjectionData,
  config: ProjectionConfig,
): ProjectionOption {
  const { rtl, labels } = config;
  const formatPeriod = config.formatPeriod ?? ((month: string) => month);
  const formatValue = config.formatValue ?? ((value: number) => String(value));
  const months = [
    ...data.history.map((point) => point.month),
    ...data.path.map((point) => point.month),
  ];
  const actual = new Map(data.history.map((point) => [point.month, point.value]));
  const projected = new Map(data.path.map((point) => [point.month, point]));
  const latest = data.history.at(-1);
  const hasPath = data.path.length > 0;
  const at = <T>(read: (month: string) => T | undefined) =>
    months.map((month) => read(month) ?? null);
  // The dashed line starts at the latest value, so it visibly continues the series.
  const projectionLine = at(
    (month) =>
      projected.get(month)?.value ??
      (hasPath && month === latest?.month ? latest.value : undefined),
  );
  const series: LineSeriesOption[] = [
    {
      type: 'line',
      name: labels.actual,
      data: at((month) => actual.get(month)).map(valueOrGap),
      symbolSize: 5,
      lineStyle: { width: 3 },
      color: TREND_COLORS.actual,
    },
    {
      type: 'line',
      name: labels.target,
      data: months.map(() => data.target),
      symbol: 'none',
      lineStyle: { type: 'dashed', width: 2 },
      color: TREND_COLORS.target,
    },
  ];
  if (hasPath) {
    series.push(
      {
        type: 'line',
        name: labels.band,
        data: at((month) => projected.get(month)?.low).map(valueOrGap),
        stack: 'band',
        symbol: 'none',
        lineStyle: { opacity: 0 },
        color: PROJECTION_BAND_COLOR,
        tooltip: { show: false },
      },
      {
        type: 'line',
        name: labels.band,
        data: at((month) => {
          const point = projected.get(month);
          return point ? point.high - point.low : undefined;
        }).map(valueOrGap),
        stack: 'band',
        symbol: 'none',
        lineStyle: { opacity: 0 },
        areaStyle: { color: PROJECTION_BAND_COLOR },
        color: PROJECTION_BAND_COLOR,
      },
      {
        type: 'line',
        name: labels.projection,
        data: projectionLine.map(valueOrGap),
        symbol: 'none',
        lineStyle: { type: 'dashed', width: 2 },
        color: TREND_COLORS.actual,
      },
    );
  }
  const names = [
    labels.actual,
    ...(hasPath ? [labels.projection, labels.band] : []),
    labels.target,
  ];
  return {
    animationDuration: 300,
    legend: mirroredLegend(rtl, names),
    tooltip: mirroredTooltip(rtl, {
      trigger: 'axis',
      formatter: (params) => {
        const item = (Array.isArray(params) ? params[0] : params) as unknown as
          | AxisTooltipItem
          | undefined;
        const month = months[item?.dataIndex ?? -1];
        if (month === undefined) return '';
        const value = actual.get(month);
        const point = projected.get(month);
        const lines = [formatPeriod(month)];
        if (value !== undefined) lines.push(`${labels.actual}: ${formatValue(value)}`);
        if (point)
          lines.push(
            `${labels.projection}: ${formatValue(point.value)} (${labels.band}: ${formatValue(point.low)} – ${formatValue(point.high)})`,
          );
        lines.push(`${labels.target}: ${formatValue(data.target)}`);
        return lines.join('<br/>');
      },
    }),
    grid: mirroredGrid(rtl),
    xAxis: { type: 'category', inverse: rtl, boundaryGap: false, data: months.map(formatPeriod) },
    yAxis: {
      type: 'value',
      position: startSide(rtl),
      ...(config.min !== undefined ? { min: config.min } : {}),
      ...(config.max !== undefined ? { max: config.max } : {}),
      axisLabel: { formatter: (value: number) => formatValue(value) },
    },
    series,
  };
}
