import type { HeatmapCell, HeatmapConfig, HeatmapOption } from './build-heatmap-options';
import { buildHeatmapOptions } from './build-heatmap-options';

const cells: HeatmapCell[] = [
  { x: 0, y: 0, value: 0.9, count: 40 },
  { x: 1, y: 0, value: null },
  { x: 0, y: 1, value: 0.6 },
  { x: 1, y: 1, value: 0.75 },
];
const config = (rtl: boolean): HeatmapConfig => ({
  rtl,
  columns: ['Jan', 'Feb'],
  rows: ['MOI', 'MOPH'],
  min: 0.5,
  max: 1,
  formatValue: (v) => `${Math.round(v * 100)}%`,
  seriesName: 'Adherence',
});

type Obj = Record<string, unknown>;
const series = (o: HeatmapOption) => (o.series as Obj[])[0];

describe('buildHeatmapOptions', () => {
  it('keeps measured cells only and writes each value in its cell', () => {
    const o = buildHeatmapOptions(cells, config(false));
    expect(series(o)['data']).toEqual([
      [0, 0, 0.9, 40],
      [0, 1, 0.6, -1],
      [1, 1, 0.75, -1],
    ]);
    const label = series(o)['label'] as { show: boolean; formatter: (p: unknown) => string };
    expect(label.show).toBe(true);
    expect(label.formatter({ value: [0, 1, 0.6] })).toBe('60%');
    const tooltip = o.tooltip as { formatter: (p: unknown) => string };
    expect(tooltip.formatter({ value: [1, 1, 0.75, -1] })).toBe('MOPH · Feb: 75%');
    const withBasis = buildHeatmapOptions(cells, {
      ...config(false),
      countLabel: 'decided: ',
      formatCount: (n) => `#${n}`,
    }).tooltip as { formatter: (p: unknown) => string };
    expect(withBasis.formatter({ value: [0, 0, 0.9, 40] })).toBe('MOI · Jan: 90% (decided: #40)');
  });

  it('lays out left to right in LTR', () => {
    const o = buildHeatmapOptions(cells, config(false));
    expect(o.xAxis).toMatchObject({ inverse: false, data: ['Jan', 'Feb'] });
    expect(o.yAxis).toMatchObject({ position: 'left', inverse: true, data: ['MOI', 'MOPH'] });
    expect(o.visualMap).toMatchObject({ left: 0, inverse: false, min: 0.5, max: 1 });
  });

  it('mirrors for RTL: first column at the right, row labels and scale on the right', () => {
    const ltr = buildHeatmapOptions(cells, config(false));
    const rtl = buildHeatmapOptions(cells, config(true));
    expect(rtl.xAxis).toMatchObject({ inverse: true, data: ['Jan', 'Feb'] });
    expect(rtl.yAxis).toMatchObject({ position: 'right' });
    expect(rtl.visualMap).toMatchObject({ right: 0, inverse: true });
    expect(rtl.visualMap).not.toHaveProperty('left');
    expect(series(rtl)['data']).toEqual(series(ltr)['data']);
  });

  it('tilts crowded column labels', () => {
    const many = { ...config(false), columns: Array.from({ length: 12 }, (_, i) => `M${i}`) };
    const axis = buildHeatmapOptions([], many).xAxis as { axisLabel: { rotate: number } };
    expect(axis.axisLabel.rotate).toBe(45);
  });
});
