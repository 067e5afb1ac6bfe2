import type { CustomSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { CaseTimelineResponse } from '@ws/contracts';
import { mirroredGrid, mirroredLegend, mirroredTooltip, startSide } from '../common/rtl-layout';
import type { SegmentKind, TimelineSegment } from './timeline-segments';
import { cycleSegments } from './timeline-segments';
import { renderSegment } from './render-segment';

export type CaseTimelineOption = ComposeOption<
  | CustomSeriesOption
  | ScatterSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
>;

export interface CaseTimelineLabels {
  /** Row label of a cycle, e.g. "Cycle 2". */
  cycle: (cycle: number) => string;
  events: string;
  running: string;
  paused: string;
  overdue: string;
  due: string;
  /** Name of an event type (`case.opened` -> "Opened"). */
  eventType: (type: string) => string;
}

export interface CaseTimelineConfig {
  rtl: boolean;
  labels: CaseTimelineLabels;
  /** The instant open cycles and pauses run to (epoch ms). */
  now: number;
  formatTime?: (epochMs: number) => string;
}

export const TIMELINE_COLORS: Readonly<Record<SegmentKind | 'event' | 'due', string>> = {
  running: '#1f5f8b',
  paused: '#6b7280',
  overdue: '#a4161a',
  event: '#8a1538',
  due: '#111827',
};

const KINDS: readonly SegmentKind[] = ['running', 'paused', 'overdue'];

/**
 * ECharts option of a case's timeline: one row per SLA cycle with its running, paused (dashed
 * outline, not only a colour) and overdue stretches on a time axis, a row of the case's events
 * and a diamond at each due instant. Pure. RTL mirrors: the time axis is inverted (time runs
 * right to left), the row axis, legend and tooltip move to the right.
 */
export function buildCaseTimelineOptions(
  timeline: Pick<CaseTimelineResponse, 'cycles' | 'events'>,
  config: CaseTimelineConfig,
): CaseTimelineOption {
  const { rtl, labels, now } = config;
  const format = config.formatTime ?? ((t: number) => new Date(t).toISOString());
  const rows = [labels.events, ...timeline.cycles.map((c) => labels.cycle(c.cycle))];
  const rowOf = (cycle: number) => 1 + timeline.cycles.findIndex((c) => c.cycle === cycle);
  const segments = timeline.cycles.flatMap((cycle) => cycleSegments(cycle, now));
  const segmentSeries = (kind: SegmentKind): CustomSeriesOption => ({
    type: 'custom',
    name: labels[kind],
    renderItem: renderSegment(kind),
    encode: { x: [1, 2], y: 0 },
    itemStyle: { color: TIMELINE_COLORS[kind] },
    data: segments
      .filter((s: TimelineSegment) => s.kind === kind)
      .map((s) => ({ value: [rowOf(s.cycle), s.start, s.end] })),
    tooltip: {
      formatter: (p) => {
        const v = (p as { value: number[] }).value;
        return `${labels[kind]}: ${format(v[1] ?? 0)} – ${format(v[2] ?? 0)}`;
      },
    },
  });

  return {
    animation: false,
    color: [TIMELINE_COLORS.running, TIMELINE_COLORS.paused, TIMELINE_COLORS.overdue],
    legend: mirroredLegend(rtl, [...KINDS.map((kind) => labels[kind]), labels.events, labels.due]),
    tooltip: mirroredTooltip(rtl, { trigger: 'item' }),
    grid: mirroredGrid(rtl, 40),
    xAxis: {
      type: 'time',
      inverse: rtl,
      axisLabel: { formatter: (value: number) => format(value), hideOverlap: true },
    },
    yAxis: { type: 'category', data: rows, position: startSide(rtl), inverse: true },
    series: [
      ...KINDS.map(segmentSeries),
      {
        type: 'scatter',
        name: labels.events,
        symbol: 'circle',
        symbolSize: 10,
        itemStyle: { color: TIMELINE_COLORS.event },
        data: timeline.events.map((e) => ({
          name: labels.eventType(e.type),
          value: [Date.parse(e.occurredAt), 0],
        })),
        tooltip: {
          formatter: (p) => {
            const item = p as { name: string; value: number[] };
            return `${item.name}: ${format(item.value[0] ?? 0)}`;
          },
        },
      },
      {
        type: 'scatter',
        name: labels.due,
        symbol: 'diamond',
        symbolSize: 14,
        itemStyle: { color: TIMELINE_COLORS.due },
        data: timeline.cycles
          .filter((c) => c.dueAt !== null)
          .map((c) => ({
            name: labels.cycle(c.cycle),
            value: [Date.parse(c.dueAt ?? ''), rowOf(c.cycle)],
          })),
        tooltip: {
          formatter: (p) => {
            const item = p as { name: string; value: number[] };
            return `${labels.due} (${item.name}): ${format(item.value[0] ?? 0)}`;
          },
        },
      },
    ],
  };
}
