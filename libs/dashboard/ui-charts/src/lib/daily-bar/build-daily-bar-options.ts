import type { BarSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';

export type DailyBarOption = ComposeOption<
  BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

/** One bar: a local day (`YYYY-MM-DD`) and its value. */
export interface DailyBarPoint {
  period: string;
  value: number;
}

export interface DailyBarLabels {
  /** Name of the series, shown in the legend and tooltip. */
  seriesName: string;
  /** Name of the value axis (unit), optional. */
  valueAxisName?: string;
}

export interface DailyBarConfig {
  /** Right-to-left layout: time runs from right to left, value axis on the right. */
  rtl: boolean;
  labels: DailyBarLabels;
  /** Category label of a day; defaults to the ISO date itself. */
  formatPeriod?: (period: string) => string;
  /** Value label (ticks, tooltip); defaults to `String(value)`. */
  formatValue?: (value: number) => string;
  /** Bar colour; defaults to the dashboard's primary colour. */
  color?: string;
}

export const DAILY_BAR_DEFAULT_COLOR = '#8a1538'; // Qatar maroon

/**
 * ECharts option of a one-series bar chart of values per day. Pure: same input, same output, no
 * DOM or canvas, so it is tested without ECharts.
 *
 * Mirroring for RTL: the category axis is inverted so the earliest day is at the right, the value
 * axis moves to the right edge, the legend and tooltip are aligned right.
 */
export function buildDailyBarOptions(
  series: readonly DailyBarPoint[],
  config: DailyBarConfig,
): DailyBarOption {
  const { rtl, labels } = config;
  const formatPeriod = config.formatPeriod ?? ((period: string) => period);
  const formatValue = config.formatValue ?? ((value: number) => String(value));
  const start = rtl ? 'right' : 'left';
  const end = rtl ? 'left' : 'right';

  return {
    animationDuration: 300,
    color: [config.color ?? DAILY_BAR_DEFAULT_COLOR],
    legend: {
      show: true,
      top: 0,
      [start]: 0,
      align: start,
      data: [labels.seriesName],
    },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (value) => (typeof value === 'number' ? formatValue(value) : String(value)),
      extraCssText: `direction: ${rtl ? 'rtl' : 'ltr'}; text-align: ${start};`,
    },
    grid: {
      top: 48,
      bottom: 8,
      [start]: 8,
      [end]: 16,
      containLabel: true,
    },
    xAxis: {
      type: 'category',
      inverse: rtl,
      data: series.map((point) => formatPeriod(point.period)),
      axisTick: { alignWithLabel: true },
    },
    yAxis: {
      type: 'value',
      position: start,
      minInterval: 1,
      ...(labels.valueAxisName
        ? {
            name: labels.valueAxisName,
            nameLocation: 'end' as const,
            nameTextStyle: { align: start },
          }
        : {}),
      axisLabel: { formatter: (value: number) => formatValue(value) },
    },
    series: [
      {
        type: 'bar',
        name: labels.seriesName,
        data: series.map((point) => point.value),
        barMaxWidth: 32,
      },
    ],
  };
}
