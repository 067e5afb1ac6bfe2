import type { DailyBarOption, DailyBarPoint } from './build-daily-bar-options';
import { DAILY_BAR_DEFAULT_COLOR, buildDailyBarOptions } from './build-daily-bar-options';

const series: DailyBarPoint[] = [
  { period: '2025-05-01', value: 0 },
  { period: '2025-05-02', value: 3 },
  { period: '2025-05-03', value: 7 },
];
const labels = { seriesName: 'Resolved cases', valueAxisName: 'Cases' };

type Axis = Record<string, unknown>;
const xAxis = (o: DailyBarOption) => o.xAxis as Axis;
const yAxis = (o: DailyBarOption) => o.yAxis as Axis;
const legend = (o: DailyBarOption) => o.legend as Record<string, unknown>;
const grid = (o: DailyBarOption) => o.grid as Record<string, unknown>;
const bars = (o: DailyBarOption) => (o.series as Record<string, unknown>[])[0];

describe('buildDailyBarOptions', () => {
  it('maps days to categories and values to one bar series, in order', () => {
    const o = buildDailyBarOptions(series, { rtl: false, labels });
    expect(xAxis(o)['type']).toBe('category');
    expect(xAxis(o)['data']).toEqual(['2025-05-01', '2025-05-02', '2025-05-03']);
    expect(bars(o)).toMatchObject({ type: 'bar', name: 'Resolved cases', data: [0, 3, 7] });
    expect(legend(o)['data']).toEqual(['Resolved cases']);
    expect(yAxis(o)).toMatchObject({ type: 'value', name: 'Cases', minInterval: 1 });
    expect(o['color']).toEqual([DAILY_BAR_DEFAULT_COLOR]);
  });

  it('lays out left to right in LTR', () => {
    const o = buildDailyBarOptions(series, { rtl: false, labels });
    expect(xAxis(o)['inverse']).toBe(false);
    expect(yAxis(o)['position']).toBe('left');
    expect(legend(o)).toMatchObject({ left: 0, align: 'left' });
    expect(legend(o)).not.toHaveProperty('right');
    expect(grid(o)).toMatchObject({ left: 8, right: 16 });
    expect((o.tooltip as Record<string, unknown>)['extraCssText']).toContain('direction: ltr');
  });

  it('mirrors for RTL: inverse category axis, value axis and legend on the right', () => {
    const o = buildDailyBarOptions(series, { rtl: true, labels });
    expect(xAxis(o)['inverse']).toBe(true);
    // the data order is unchanged: only the axis is mirrored, so index i is still day i
    expect(xAxis(o)['data']).toEqual(['2025-05-01', '2025-05-02', '2025-05-03']);
    expect(bars(o)['data']).toEqual([0, 3, 7]);
    expect(yAxis(o)['position']).toBe('right');
    expect(yAxis(o)['nameTextStyle']).toEqual({ align: 'right' });
    expect(legend(o)).toMatchObject({ right: 0, align: 'right' });
    expect(legend(o)).not.toHaveProperty('left');
    expect(grid(o)).toMatchObject({ right: 8, left: 16 });
    expect((o.tooltip as Record<string, unknown>)['extraCssText']).toContain('direction: rtl');
  });

  it('differs between LTR and RTL only in the mirrored properties', () => {
    const ltr = buildDailyBarOptions(series, { rtl: false, labels });
    const rtl = buildDailyBarOptions(series, { rtl: true, labels });
    expect(rtl.series).toEqual(ltr.series);
    expect(xAxis(rtl)['data']).toEqual(xAxis(ltr)['data']);
  });

  it('uses the given formatters for day labels, ticks and tooltip values', () => {
    const o = buildDailyBarOptions(series, {
      rtl: true,
      labels,
      formatPeriod: (p) => `day ${p.slice(-2)}`,
      formatValue: (v) => `${v} cases`,
    });
    expect(xAxis(o)['data']).toEqual(['day 01', 'day 02', 'day 03']);
    const tickFormatter = (yAxis(o)['axisLabel'] as { formatter: (v: number) => string }).formatter;
    expect(tickFormatter(5)).toBe('5 cases');
    const tooltip = o.tooltip as { valueFormatter: (v: unknown) => string };
    expect(tooltip.valueFormatter(2)).toBe('2 cases');
    expect(tooltip.valueFormatter('-')).toBe('-');
  });

  it('omits the value axis name when none is given', () => {
    const o = buildDailyBarOptions(series, { rtl: false, labels: { seriesName: 'x' } });
    expect(yAxis(o)).not.toHaveProperty('name');
  });

  it('handles an empty series', () => {
    const o = buildDailyBarOptions([], { rtl: true, labels });
    expect(xAxis(o)['data']).toEqual([]);
    expect(bars(o)['data']).toEqual([]);
  });

  it('is pure: does not mutate its input and returns equal options for equal input', () => {
    const input = Object.freeze(series.map((p) => Object.freeze({ ...p })));
    const a = buildDailyBarOptions(input, { rtl: true, labels });
    const b = buildDailyBarOptions(input, { rtl: true, labels });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(input).toEqual(series);
  });
});
