import type { RadarSeriesOption } from 'echarts/charts';
import type {
  LegendComponentOption,
  RadarComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { mirroredLegend, mirroredTooltip } from '../common/rtl-layout';

export type RadarOption = ComposeOption<
  RadarSeriesOption | RadarComponentOption | LegendComponentOption | TooltipComponentOption
>;

export interface RadarProfile {
  name: string;
  /** One score per axis, in the order of `axes`. */
  values: readonly number[];
  color: string;
  /** Dashed outline (e.g. the national median), so profiles differ by more than colour. */
  dashed?: boolean;
}

export interface RadarConfig {
  rtl: boolean;
  /** Axis names (the six maturity pillars), in reading order. */
  axes: readonly string[];
  max: number;
}

/** Mirror image of a ring of axes: the first stays at the top, the others are reversed. */
export function mirroredOrder<T>(items: readonly T[], mirror: boolean): T[] {
  if (!mirror || items.length < 3) return [...items];
  return [items[0], ...items.slice(1).reverse()];
}

/**
 * Profiles on a radar (an entity's maturity against the national median). ECharts lays
 * indicators counter-clockwise from the top; LTR readers expect clockwise, so the order is
 * mirrored for LTR and kept for RTL.
 */
export function buildRadarOptions(
  profiles: readonly RadarProfile[],
  config: RadarConfig,
): RadarOption {
  const clockwise = !config.rtl; // ECharts' own order is counter-clockwise
  const order = (items: readonly (string | number)[]) => mirroredOrder(items, clockwise);
  return {
    animationDuration: 300,
    legend: mirroredLegend(
      config.rtl,
      profiles.map((p) => p.name),
    ),
    tooltip: mirroredTooltip(config.rtl, { trigger: 'item' }),
    radar: {
      center: ['50%', '56%'],
      radius: '62%',
      indicator: order(config.axes).map((name) => ({ name: String(name), max: config.max, min: 0 })),
      splitNumber: config.max,
    },
    series: [
      {
        type: 'radar',
        data: profiles.map((profile) => ({
          name: profile.name,
          value: order(profile.values) as number[],
          itemStyle: { color: profile.color },
          lineStyle: { color: profile.color, width: 2, type: profile.dashed ? 'dashed' : 'solid' },
          areaStyle: profile.dashed ? undefined : { color: profile.color, opacity: 0.15 },
        })),
      },
    ],
  };
}
