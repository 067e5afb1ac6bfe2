import type { TrendOption, TrendPoint } from './build-trend-options';
import { buildTrendOptions } from './build-trend-options';

const points: TrendPoint[] = [
  { period: '2026-01', value: 0.72, trajectory: 0.73 },
  { period: '2026-02', value: null, trajectory: 0.735 },
  { period: '2026-03', value: 0.78, trajectory: 0.74 },
];
const labels = { actual: 'Actual', target: '2030 target', trajectory: 'Trajectory' };

type Obj = Record<string, unknown>;
const xAxis = (o: TrendOption) => o.xAxis as Obj;
const yAxis = (o: TrendOption) => o.yAxis as Obj;
const legend = (o: TrendOption) => o.legend as Obj;
const series = (o: TrendOption) => o.series as Obj[];

describe('buildTrendOptions', () => {
  it('draws the actual values with gaps, the flat target and the trajectory', () => {
    const o = buildTrendOptions(points, { rtl: false, labels, target: 0.8 });
    expect(xAxis(o)['data']).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(series(o).map((s) => s['name'])).toEqual(['Actual', '2030 target', 'Trajectory']);
    expect(series(o)[0]['data']).toEqual([0.72, '-', 0.78]);
    expect(series(o)[1]['data']).toEqual([0.8, 0.8, 0.8]);
    expect(series(o)[1]['lineStyle']).toMatchObject({ type: 'dashed' });
    expect(series(o)[2]['data']).toEqual([0.73, 0.735, 0.74]);
    expect(series(o)[2]['lineStyle']).toMatchObject({ type: 'dotted' });
    expect(legend(o)['data']).toEqual(['Actual', '2030 target', 'Trajectory']);
  });

  it('leaves out the target and trajectory lines when there are none', () => {
    const bare = points.map((p) => ({ ...p, trajectory: null }));
    const o = buildTrendOptions(bare, { rtl: false, labels, target: null });
    expect(series(o)).toHaveLength(1);
    expect(legend(o)['data']).toEqual(['Actual']);
  });

  it('lays out left to right in LTR', () => {
    const o = buildTrendOptions(points, { rtl: false, labels, target: 0.8 });
    expect(xAxis(o)['inverse']).toBe(false);
    expect(yAxis(o)['position']).toBe('left');
    expect(legend(o)).toMatchObject({ left: 0, align: 'left' });
    expect(o.grid).toMatchObject({ left: 8, right: 16 });
  });

  it('mirrors for RTL: time runs right to left, value axis and legend on the right', () => {
    const ltr = buildTrendOptions(points, { rtl: false, labels, target: 0.8 });
    const rtl = buildTrendOptions(points, { rtl: true, labels, target: 0.8 });
    expect(xAxis(rtl)['inverse']).toBe(true);
    expect(yAxis(rtl)['position']).toBe('right');
    expect(legend(rtl)).toMatchObject({ right: 0, align: 'right' });
    expect(legend(rtl)).not.toHaveProperty('left');
    expect(rtl.grid).toMatchObject({ right: 8, left: 16 });
    expect((rtl.tooltip as Obj)['extraCssText']).toContain('direction: rtl');
    // only the layout is mirrored: categories and values keep their order
    expect(xAxis(rtl)['data']).toEqual(xAxis(ltr)['data']);
    expect(series(rtl)).toEqual(series(ltr));
  });

  it('formats periods, ticks and tooltip values, and bounds the value axis', () => {
    const o = buildTrendOptions(points, {
      rtl: true,
      labels,
      target: 0.8,
      min: 0,
      max: 1,
      formatPeriod: (p) => `M${p.slice(5)}`,
      formatValue: (v) => `${Math.round(v * 100)}%`,
    });
    expect(xAxis(o)['data']).toEqual(['M01', 'M02', 'M03']);
    expect(yAxis(o)).toMatchObject({ min: 0, max: 1 });
    const ticks = (yAxis(o)['axisLabel'] as { formatter: (v: number) => string }).formatter;
    expect(ticks(0.5)).toBe('50%');
  });

  it('writes each line of the tooltip with the count behind the actual value', () => {
    const counted = points.map((p, i) => ({ ...p, count: [40, 3, 52][i] }));
    const o = buildTrendOptions(counted, {
      rtl: false,
      labels,
      target: 0.8,
      countLabel: 'decided: ',
      formatValue: (v) => `${Math.round(v * 100)}%`,
    });
    const tooltip = o.tooltip as { formatter: (p: unknown) => string };
    const text = tooltip.formatter([
      { seriesName: 'Actual', value: 0.72, dataIndex: 0, marker: '*', axisValueLabel: 'Jan' },
      { seriesName: '2030 target', value: 0.8, dataIndex: 0, marker: '*' },
    ]);
    expect(text).toBe('Jan<br/>*Actual: 72% (decided: 40)<br/>*2030 target: 80%');
    const gap = tooltip.formatter([{ seriesName: 'Actual', value: '-', dataIndex: 1 }]);
    expect(gap).toBe('<br/>Actual: — (decided: 3)');
  });
});
