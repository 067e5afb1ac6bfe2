import type { LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { valueOrGap } from '../common/rtl-layout';

export type SparklineOption = ComposeOption<LineSeriesOption | GridComponentOption>;

export interface SparklineConfig {
  rtl: boolean;
  color?: string;
  /** Fixed value range, so tiles of the same unit compare (ratios: 0..1). */
  min?: number;
  max?: number;
}

/**
 * A tiny line of values in time order, no axes or labels (the tile says the figure). RTL: time runs
 * right to left like the full charts.
 */
export function buildSparklineOptions(
  values: readonly (number | null)[],
  config: SparklineConfig,
): SparklineOption {
  return {
    animation: false,
    grid: { top: 4, bottom: 4, left: 2, right: 2 },
    xAxis: {
      type: 'category',
      show: false,
      inverse: config.rtl,
      boundaryGap: false,
      data: values.map((_, index) => String(index)),
    },
    yAxis: {
      type: 'value',
      show: false,
      ...(config.min !== undefined ? { min: config.min } : { scale: true }),
      ...(config.max !== undefined ? { max: config.max } : {}),
    },
    series: [
      {
        type: 'line',
        data: values.map(valueOrGap),
        symbol: 'none',
        lineStyle: { width: 2 },
        color: config.color ?? '#8a1538',
        areaStyle: { opacity: 0.12 },
      },
    ],
  };
}
