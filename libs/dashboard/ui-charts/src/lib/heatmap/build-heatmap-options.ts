import type { HeatmapSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  TooltipComponentOption,
  VisualMapComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { mirroredGrid, mirroredTooltip, startSide } from '../common/rtl-layout';

export type HeatmapOption = ComposeOption<
  HeatmapSeriesOption | GridComponentOption | TooltipComponentOption | VisualMapComponentOption
>;

/** A cell: column index, row index, value (null: nothing measured, left blank). */
export interface HeatmapCell {
  x: number;
  y: number;
  value: number | null;
  /** What the value stands on (e.g. decided cases), shown in the tooltip. */
  count?: number;
}

export interface HeatmapConfig {
  rtl: boolean;
  /** Column labels (e.g. months, or providing entities). */
  columns: readonly string[];
  /** Row labels (e.g. entities, or requesting entities). */
  rows: readonly string[];
  /** Colour scale bounds (adherence: 0.5..1, anything under 0.5 is the darkest red). */
  min: number;
  max: number;
  /** Value written in the cell and the tooltip, so colour is never the only cue. */
  formatValue: (value: number) => string;
  seriesName: string;
  /** Tooltip words before a cell's count (e.g. "decided: "), with the count's formatter. */
  countLabel?: string;
  formatCount?: (count: number) => string;
}

/** Red (far under target) to green (at or over target), readable with dark text on every step. */
export const HEATMAP_COLORS = ['#f4a6a6', '#fbd38d', '#c6e8a4', '#7fc97f'];

/**
 * A grid of values (entity x month, requesting x providing). Every cell shows its value as text.
 * RTL: the first column is at the right (inverse x axis) and the row labels sit on the right.
 */
export function buildHeatmapOptions(
  cells: readonly HeatmapCell[],
  config: HeatmapConfig,
): HeatmapOption {
  const { rtl } = config;
  const data = cells
    .filter((cell) => cell.value !== null)
    .map((cell) => [cell.x, cell.y, cell.value as number, cell.count ?? -1]);
  const formatCount = config.formatCount ?? ((count: number) => String(count));
  return {
    animation: false,
    tooltip: mirroredTooltip(rtl, {
      trigger: 'item',
      formatter: (params) => {
        const p = params as unknown as { value: [number, number, number, number] };
        const [x, y, value, count] = p.value;
        const basis = count >= 0 ? ` (${config.countLabel ?? ''}${formatCount(count)})` : '';
        return `${config.rows[y] ?? ''} · ${config.columns[x] ?? ''}: ${config.formatValue(value)}${basis}`;
      },
    }),
    grid: { ...mirroredGrid(rtl, 8), bottom: 56 },
    xAxis: {
      type: 'category',
      inverse: rtl,
      data: [...config.columns],
      splitArea: { show: true },
      axisLabel: { interval: 0, rotate: config.columns.length > 8 ? 45 : 0 },
    },
    yAxis: {
      type: 'category',
      position: startSide(rtl),
      inverse: true, // first row at the top, in reading order
      data: [...config.rows],
      splitArea: { show: true },
    },
    visualMap: {
      type: 'continuous',
      min: config.min,
      max: config.max,
      calculable: false,
      orient: 'horizontal',
      bottom: 0,
      [startSide(rtl)]: 0,
      inverse: rtl,
      inRange: { color: [...HEATMAP_COLORS] },
      formatter: (value) => config.formatValue(Number(value)),
    },
    series: [
      {
        type: 'heatmap',
        name: config.seriesName,
        data,
        label: {
          show: true,
          color: '#1d2025',
          formatter: (params) => {
            const value = (params.value as number[])[2];
            return config.formatValue(value);
          },
        },
        emphasis: { itemStyle: { borderColor: '#1d2025', borderWidth: 1 } },
      },
    ],
  };
}
