import type { RadarOption, RadarProfile } from './build-radar-options';
import { buildRadarOptions, mirroredOrder } from './build-radar-options';

const axes = ['Leadership', 'Technology', 'E-services', 'Data'];
const profiles: RadarProfile[] = [
  { name: 'MOI', values: [4, 3, 5, 2], color: '#8a1538' },
  { name: 'National median', values: [3, 3, 3, 3], color: '#4a5058', dashed: true },
];

type Obj = Record<string, unknown>;
const indicators = (o: RadarOption) =>
  ((o.radar as Obj)['indicator'] as { name: string }[]).map((i) => i.name);
const data = (o: RadarOption) => ((o.series as Obj[])[0]['data'] as Obj[]);

describe('mirroredOrder', () => {
  it('keeps the first item and reverses the rest', () => {
    expect(mirroredOrder([1, 2, 3, 4], true)).toEqual([1, 4, 3, 2]);
    expect(mirroredOrder([1, 2, 3, 4], false)).toEqual([1, 2, 3, 4]);
    expect(mirroredOrder([1, 2], true)).toEqual([1, 2]);
  });
});

describe('buildRadarOptions', () => {
  it('reads clockwise from the top in LTR (ECharts goes counter-clockwise)', () => {
    const o = buildRadarOptions(profiles, { rtl: false, axes, max: 5 });
    expect(indicators(o)).toEqual(['Leadership', 'Data', 'E-services', 'Technology']);
    expect(data(o)[0]['value']).toEqual([4, 2, 5, 3]);
    expect(o.legend).toMatchObject({ left: 0, data: ['MOI', 'National median'] });
  });

  it('mirrors for RTL: counter-clockwise from the top, legend on the right', () => {
    const o = buildRadarOptions(profiles, { rtl: true, axes, max: 5 });
    expect(indicators(o)).toEqual(axes);
    expect(data(o)[0]['value']).toEqual([4, 3, 5, 2]);
    expect(o.legend).toMatchObject({ right: 0, align: 'right' });
    expect((o.tooltip as Obj)['extraCssText']).toContain('direction: rtl');
  });

  it('tells the median from the entity by a dashed line, not only by colour', () => {
    const o = buildRadarOptions(profiles, { rtl: true, axes, max: 5 });
    expect(data(o)[0]['lineStyle']).toMatchObject({ type: 'solid' });
    expect(data(o)[1]['lineStyle']).toMatchObject({ type: 'dashed' });
    expect(data(o)[1]['areaStyle']).toBeUndefined();
    expect((o.radar as Obj)['indicator']).toContainEqual({ name: 'Data', max: 5, min: 0 });
  });
});
