import type { CustomSeriesRenderItem } from 'echarts';
import type { SegmentKind } from './timeline-segments';

/**
 * Draws one segment `[row, start, end]` as a bar across its row. Paused stretches are a dashed
 * outline and overdue ones a taller bar, so the kind does not rest on colour alone. Uses the
 * smaller x of both ends, so it draws the same on an inverted (RTL) axis.
 */
export function renderSegment(kind: SegmentKind): CustomSeriesRenderItem {
  return (_params, api) => {
    const row = Number(api.value(0));
    const from = api.coord([api.value(1), row]);
    const to = api.coord([api.value(2), row]);
    const rowHeight = (api.size?.([0, 1]) as number[] | undefined)?.[1] ?? 24;
    const height = rowHeight * (kind === 'overdue' ? 0.6 : 0.4);
    const x0 = from[0] ?? 0;
    const x1 = to[0] ?? 0;
    const color = api.visual('color') as string;
    return {
      type: 'rect',
      shape: {
        x: Math.min(x0, x1),
        y: (from[1] ?? 0) - height / 2,
        width: Math.max(2, Math.abs(x1 - x0)),
        height,
      },
      style:
        kind === 'paused'
          ? { fill: 'transparent', stroke: color, lineWidth: 2, lineDash: [4, 3] }
          : { fill: color },
    };
  };
}
