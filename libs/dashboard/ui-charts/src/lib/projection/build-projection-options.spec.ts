import { GAP } from '../common/rtl-layout';
import { buildProjectionOptions, PROJECTION_BAND_COLOR } from './build-projection-options';

const labels = {
  actual: 'Actual',
  projection: 'Projection',
  band: '90% interval',
  target: 'Target',
};
const data = {
  history: [
    { month: '2026-09', value: 0.7 },
    { month: '2026-10', value: 0.72 },
  ],
  path: [
    { month: '2026-11', value: 0.74, low: 0.7, high: 0.78 },
    { month: '2026-12', value: 0.76, low: 0.7, high: 0.82 },
  ],
  target: 0.8,
};

type Series = {
  name: string;
  data: unknown[];
  stack?: string;
  areaStyle?: { color: string };
  lineStyle?: { type?: string; opacity?: number };
};
const seriesOf = (option: ReturnType<typeof buildProjectionOptions>) => option.series as Series[];

describe('buildProjectionOptions', () => {
  it('draws the values, the dashed projection from the latest value, the band stacked on its lower line, and the target', () => {
    const option = buildProjectionOptions(data, {
      rtl: false,
      labels,
      formatPeriod: (m) => `M${m}`,
    });
    expect((option.xAxis as { data: string[] }).data).toEqual([
      'M2026-09',
      'M2026-10',
      'M2026-11',
      'M2026-12',
    ]);
    const [actual, target, low, width, projection] = seriesOf(option);
    expect(actual?.data).toEqual([0.7, 0.72, GAP, GAP]);
    expect(target?.data).toEqual([0.8, 0.8, 0.8, 0.8]);
    expect(low).toMatchObject({
      stack: 'band',
      data: [GAP, GAP, 0.7, 0.7],
      lineStyle: { opacity: 0 },
    });
    expect(width?.stack).toBe('band');
    expect(width?.areaStyle?.color).toBe(PROJECTION_BAND_COLOR);
    expect((width?.data as number[]).slice(2).map((v) => Number(v.toFixed(10)))).toEqual([
      0.08, 0.12,
    ]);
    expect(projection).toMatchObject({
      name: 'Projection',
      data: [GAP, 0.72, 0.74, 0.76],
      lineStyle: { type: 'dashed' },
    });
    expect((option.legend as { data: string[] }).data).toEqual([
      'Actual',
      'Projection',
      '90% interval',
      'Target',
    ]);
  });

  it('mirrors in RTL without changing the data', () => {
    const ltr = buildProjectionOptions(data, { rtl: false, labels });
    const rtl = buildProjectionOptions(data, { rtl: true, labels });
    expect(rtl.xAxis).toMatchObject({ inverse: true });
    expect(ltr.xAxis).toMatchObject({ inverse: false });
    expect(rtl.yAxis).toMatchObject({ position: 'right' });
    expect(ltr.yAxis).toMatchObject({ position: 'left' });
    expect(seriesOf(rtl).map((s) => s.data)).toEqual(seriesOf(ltr).map((s) => s.data));
    expect((rtl.tooltip as { extraCssText: string }).extraCssText).toContain('direction: rtl');
  });

  it('draws only the values and the target when nothing is projected', () => {
    const option = buildProjectionOptions({ ...data, path: [] }, { rtl: false, labels });
    expect(seriesOf(option).map((s) => s.name)).toEqual(['Actual', 'Target']);
    expect((option.legend as { data: string[] }).data).toEqual(['Actual', 'Target']);
  });

  it('says the month, the value, the projection with its interval and the target in the tooltip', () => {
    const option = buildProjectionOptions(data, {
      rtl: false,
      labels,
      formatValue: (v) => `${Math.round(v * 100)}%`,
    });
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    expect(formatter([{ dataIndex: 1 }])).toBe('2026-10<br/>Actual: 72%<br/>Target: 80%');
    expect(formatter([{ dataIndex: 3 }])).toBe(
      '2026-12<br/>Projection: 76% (90% interval: 70% – 82%)<br/>Target: 80%',
    );
  });
});
