import { buildSparklineOptions } from './build-sparkline-options';

type Obj = Record<string, unknown>;

describe('buildSparklineOptions', () => {
  it('draws the values in order with gaps for missing ones, no axes shown', () => {
    const o = buildSparklineOptions([0.7, null, 0.8], { rtl: false, min: 0, max: 1 });
    expect((o.series as Obj[])[0]['data']).toEqual([0.7, '-', 0.8]);
    expect(o.xAxis).toMatchObject({ show: false, inverse: false, data: ['0', '1', '2'] });
    expect(o.yAxis).toMatchObject({ show: false, min: 0, max: 1 });
  });

  it('mirrors time for RTL and scales to the data without bounds', () => {
    const o = buildSparklineOptions([3, 5], { rtl: true });
    expect(o.xAxis).toMatchObject({ inverse: true });
    expect(o.yAxis).toMatchObject({ scale: true });
    expect((o.series as Obj[])[0]['data']).toEqual([3, 5]);
  });
});
