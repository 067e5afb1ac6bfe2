/** Where the keyboard is in a chart: the series (among those with points) and the point in it. */
export interface ChartCursor {
  series: number;
  point: number;
}

const clamp = (value: number, max: number) => Math.min(Math.max(value, 0), Math.max(max, 0));

/**
 * The point a key moves to, given each series' number of points; null for a key the chart does not
 * use (so the page keeps it, Tab included). The first arrow press lands on the first point. In RTL
 * time runs right to left, so the left arrow moves forward. Up and down change the series and keep
 * the position where the other series has it.
 */
export function nextCursor(
  cursor: ChartCursor | null,
  key: string,
  lengths: readonly number[],
  rtl: boolean,
): ChartCursor | null {
  if (
    lengths.length === 0 ||
    !['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'].includes(key)
  )
    return null;
  if (!cursor) return { series: 0, point: key === 'End' ? (lengths[0] ?? 1) - 1 : 0 };
  const last = (series: number) => (lengths[series] ?? 1) - 1;
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
  switch (key) {
    case forward:
      return { ...cursor, point: clamp(cursor.point + 1, last(cursor.series)) };
    case backward:
      return { ...cursor, point: clamp(cursor.point - 1, last(cursor.series)) };
    case 'Home':
      return { ...cursor, point: 0 };
    case 'End':
      return { ...cursor, point: last(cursor.series) };
    default: {
      const series = clamp(cursor.series + (key === 'ArrowDown' ? 1 : -1), lengths.length - 1);
      return { series, point: clamp(cursor.point, last(series)) };
    }
  }
}
