import type {
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
} from 'echarts/components';

/** The side where reading starts: right in RTL, left in LTR. */
export function startSide(rtl: boolean): 'left' | 'right' {
  return rtl ? 'right' : 'left';
}

export function endSide(rtl: boolean): 'left' | 'right' {
  return rtl ? 'left' : 'right';
}

/** Legend at the top, aligned where reading starts. */
export function mirroredLegend(rtl: boolean, names: readonly string[]): LegendComponentOption {
  const start = startSide(rtl);
  return { show: true, top: 0, [start]: 0, align: start, data: [...names] };
}

/** Margins of the plot: the value axis labels sit on the start side. */
export function mirroredGrid(rtl: boolean, top = 48): GridComponentOption {
  return { top, bottom: 8, [startSide(rtl)]: 8, [endSide(rtl)]: 16, containLabel: true };
}

/** Tooltip text written in the reading direction. */
export function mirroredTooltip(
  rtl: boolean,
  options: TooltipComponentOption = {},
): TooltipComponentOption {
  return {
    ...options,
    extraCssText: `direction: ${rtl ? 'rtl' : 'ltr'}; text-align: ${startSide(rtl)};`,
  };
}

/** ECharts' "no value" for a gap in a series. */
export const GAP = '-';

export function valueOrGap(value: number | null): number | typeof GAP {
  return value === null ? GAP : value;
}
