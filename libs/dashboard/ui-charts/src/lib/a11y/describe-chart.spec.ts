import { buildHeatmapOptions } from '../heatmap/build-heatmap-options';
import { buildRadarOptions } from '../radar/build-radar-options';
import { buildSparklineOptions } from '../sparkline/build-sparkline-options';
import { buildTrendOptions } from '../trend/build-trend-options';
import { chartSeriesPoints, pointAnnouncement } from './chart-points';
import { CHART_WORDS } from './chart-words';
import { describeChart, withAriaDescription } from './describe-chart';

const percent = (value: number) => `${Math.round(value * 100)}%`;
const trend = (
  rtl: boolean,
  labels = { actual: 'Actual', target: 'Target 2030', trajectory: 'Trajectory' },
) =>
  buildTrendOptions(
    [
      { period: '2026-01', value: 0.7, trajectory: 0.72 },
      { period: '2026-02', value: null, trajectory: 0.73 },
      { period: '2026-03', value: 0.9, trajectory: 0.74 },
      { period: '2026-04', value: 0.8, trajectory: 0.75 },
    ],
    { rtl, labels, target: 0.8, formatValue: percent, formatPeriod: (p) => `M${p.slice(5)}` },
  );

describe('chart descriptions', () => {
  it('says each series of a trend with its extent, extremes and latest value, gaps left out, with the builder formats', () => {
    expect(describeChart('Adherence by month', trend(false), 'en')).toBe(
      'Adherence by month. ' +
        'Actual: 3 points from M01 to M04; lowest 70% (M01), highest 90% (M03), latest 80% (M04). ' +
        'Target 2030: 4 points from M01 to M04; lowest 80% (M01), highest 80% (M01), latest 80% (M04). ' +
        'Trajectory: 4 points from M01 to M04; lowest 72% (M01), highest 75% (M04), latest 75% (M04).',
    );
  });

  it('is written in Arabic for an Arabic page, the data the same in both directions', () => {
    const arabic = describeChart(
      'الالتزام شهريًا',
      trend(true, { actual: 'الفعلي', target: 'مستهدف 2030', trajectory: 'المسار' }),
      'ar',
    );
    expect(
      arabic.startsWith(
        'الالتزام شهريًا. الفعلي: 3 نقاط من M01 إلى M04؛ الأدنى 70% (M01)، الأعلى 90% (M03)، الأخير 80% (M04).',
      ),
    ).toBe(true);
    expect(chartSeriesPoints(trend(true), CHART_WORDS.en, 'en')).toEqual(
      chartSeriesPoints(trend(false), CHART_WORDS.en, 'en'),
    );
  });

  it('says a heatmap by its cells, with the lowest and highest cell by row and column', () => {
    const heatmap = buildHeatmapOptions(
      [
        { x: 0, y: 0, value: 0.9 },
        { x: 1, y: 0, value: null },
        { x: 1, y: 1, value: 0.6 },
      ],
      {
        rtl: false,
        columns: ['Jan', 'Feb'],
        rows: ['MOI', 'MOPH'],
        min: 0.5,
        max: 1,
        formatValue: percent,
        seriesName: 'Adherence',
      },
    );
    expect(describeChart('Entity by month', heatmap, 'en')).toBe(
      'Entity by month. Adherence: 2 cells; lowest 60% (MOPH · Feb), highest 90% (MOI · Jan).',
    );
  });

  it('says each radar profile with the value on every axis', () => {
    const radar = buildRadarOptions(
      [
        { name: 'MOI', values: [4, 3.5], color: '#000' },
        { name: 'Median', values: [3, 3], color: '#555', dashed: true },
      ],
      { rtl: false, axes: ['Data', 'Cyber'], max: 5 },
    );
    const [series] = chartSeriesPoints(radar, CHART_WORDS.en, 'en');
    expect(series?.points.map((point) => `${point.label}: ${point.valueText}`)).toEqual([
      'MOI: Data 4, Cyber 3.5',
      'Median: Data 3, Cyber 3',
    ]);
    expect(describeChart('Maturity', radar, 'en')).toBe(
      'Maturity. series: 2 points from MOI to Median: MOI Data 4, Cyber 3.5; Median Data 3, Cyber 3.',
    );
  });

  it('announces a point with its series, label, value and place', () => {
    const [actual] = chartSeriesPoints(trend(false), CHART_WORDS.en, 'en');
    expect(actual && pointAnnouncement(actual, 1, CHART_WORDS.en)).toBe(
      'Actual, M03: 90% (2 of 3)',
    );
    const [spark] = chartSeriesPoints(
      buildSparklineOptions([0.5, null], { rtl: true }),
      CHART_WORDS.ar,
      'ar',
    );
    expect(spark && pointAnnouncement(spark, 0, CHART_WORDS.ar)).toBe('السلسلة، 0: 0.5 (1 من 1)');
  });

  it('says a series without data as such, and turns ECharts aria on with the description', () => {
    expect(describeChart('Empty', buildSparklineOptions([null, null], { rtl: false }), 'en')).toBe(
      'Empty. series: no data.',
    );
    expect(withAriaDescription({ series: [] }, 'Text')).toEqual({
      series: [],
      aria: { enabled: true, label: { enabled: true, description: 'Text' } },
    });
  });
});
