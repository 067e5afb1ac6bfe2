import type { LineSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import {
  mirroredGrid,
  mirroredLegend,
  mirroredTooltip,
  startSide,
  valueOrGap,
} from '../common/rtl-layout';

export type TrendOption = ComposeOption<
  LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

/** One period of a KPI: its actual value (null: nothing measured, drawn as a gap). */
export interface TrendPoint {
  period: string;
  value: number | null;
  /** The trajectory's expected value at the period, null without a target. */
  trajectory: number | null;
  /** What the value stands on (decided cases, responses), shown in the tooltip. */
  count?: number;
}

export interface TrendConfig {
  rtl: boolean;
  labels: { actual: string; target: string; trajectory: string };
  /** The 2030 target, drawn as a flat dashed line; null: no line. */
  target: number | null;
  /** Value axis bounds (ratios: 0..1). */
  min?: number;
  max?: number;
  formatPeriod?: (period: string) => string;
  formatValue?: (value: number) => string;
  /** Tooltip words before a period's count (e.g. "decided: "), with the count's formatter. */
  countLabel?: string;
  formatCount?: (count: number) => string;
}

interface AxisTooltipItem {
  seriesName?: string;
  value?: unknown;
  dataIndex: number;
  marker?: unknown;
  axisValueLabel?: string;
}

export const TREND_COLORS = { actual: '#8a1538', target: '#1b5e20', trajectory: '#4a5058' };

/**
 * A KPI over time with its 2030 target and its trajectory (the straight line from baseline to
 * target). Pure: same input, same output. RTL: time runs from right to left (inverse category
 * axis), the value axis and the legend move to the right; the data order never changes.
 */
export function buildTrendOptions(points: readonly TrendPoint[], config: TrendConfig): TrendOption {
  const { rtl, labels } = config;
  const formatPeriod = config.formatPeriod ?? ((period: string) => period);
  const formatValue = config.formatValue ?? ((value: number) => String(value));
  const formatCount = config.formatCount ?? ((count: number) => String(count));
  const start = startSide(rtl);
  const hasTarget = config.target !== null;
  const hasTrajectory = points.some((p) => p.trajectory !== null);
  const names = [
    labels.actual,
    ...(hasTarget ? [labels.target] : []),
    ...(hasTrajectory ? [labels.trajectory] : []),
  ];
  const series: LineSeriesOption[] = [
    {
      type: 'line',
      name: labels.actual,
      data: points.map((p) => valueOrGap(p.value)),
      connectNulls: false,
      symbolSize: 6,
      lineStyle: { width: 3 },
      color: TREND_COLORS.actual,
    },
  ];
  if (config.target !== null) {
    series.push({
      type: 'line',
      name: labels.target,
      data: points.map(() => config.target as number),
      symbol: 'none',
      lineStyle: { type: 'dashed', width: 2 },
      color: TREND_COLORS.target,
    });
  }
  if (hasTrajectory) {
    series.push({
      type: 'line',
      name: labels.trajectory,
      data: points.map((p) => valueOrGap(p.trajectory)),
      symbol: 'none',
      lineStyle: { type: 'dotted', width: 2 },
      color: TREND_COLORS.trajectory,
    });
  }
  return {
    animationDuration: 300,
    legend: mirroredLegend(rtl, names),
    tooltip: mirroredTooltip(rtl, {
      trigger: 'axis',
      formatter: (params) => {
        const items = (Array.isArray(params) ? params : [params]) as unknown as AxisTooltipItem[];
        const lines = items.map((item) => {
          const value = typeof item.value === 'number' ? formatValue(item.value) : '—';
          const count = points[item.dataIndex]?.count;
          const basis =
            item.seriesName === labels.actual && count !== undefined
              ? ` (${config.countLabel ?? ''}${formatCount(count)})`
              : '';
          return `${typeof item.marker === 'string' ? item.marker : ''}${item.seriesName ?? ''}: ${value}${basis}`;
        });
        return [items[0]?.axisValueLabel ?? '', ...lines].join('<br/>');
      },
    }),
    grid: mirroredGrid(rtl),
    xAxis: {
      type: 'category',
      inverse: rtl,
      boundaryGap: false,
      data: points.map((p) => formatPeriod(p.period)),
    },
    yAxis: {
      type: 'value',
      position: start,
      ...(config.min !== undefined ? { min: config.min } : {}),
      ...(config.max !== undefined ? { max: config.max } : {}),
      axisLabel: { formatter: (value: number) => formatValue(value) },
    },
    series,
  };
}
