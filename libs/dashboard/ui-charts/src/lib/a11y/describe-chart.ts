import type { EChartsCoreOption } from 'echarts/core';
import type { ChartSeriesPoints } from './chart-points';
import { chartSeriesPoints } from './chart-points';
import type { ChartLang, ChartWords } from './chart-words';
import { CHART_WORDS } from './chart-words';

/** One series in words: how many points, over what, the lowest, the highest and the latest. */
function describeSeries(series: ChartSeriesPoints, words: ChartWords): string {
  const { points } = series;
  if (points.length === 0) return `${series.name}: ${words.noData}`;
  if (series.type === 'heatmap')
    return `${series.name}: ${words.cells(points.length)}${extremes(series, words)}`;
  const head = words.series(series.name, points.length);
  const firstPoint = points[0];
  const lastPoint = points[points.length - 1];
  const range =
    firstPoint && lastPoint && points.length > 1
      ? ` ${words.range(firstPoint.label, lastPoint.label)}`
      : '';
  const measured = points.filter((point) => point.value !== null);
  if (measured.length === 0)
    return `${head}${range}: ${points.map((point) => `${point.label} ${point.valueText}`).join(words.clause)}`;
  const latest = measured[measured.length - 1];
  const tail =
    latest && measured.length > 1
      ? `${words.comma}${words.latest(latest.valueText, latest.label)}`
      : '';
  return `${head}${range}${extremes(series, words)}${tail}`;
}

function extremes(series: ChartSeriesPoints, words: ChartWords): string {
  const measured = series.points.filter((point) => point.value !== null);
  if (measured.length === 0) return '';
  const lowest = measured.reduce((low, point) =>
    (point.value ?? 0) < (low.value ?? 0) ? point : low,
  );
  const highest = measured.reduce((high, point) =>
    (point.value ?? 0) > (high.value ?? 0) ? point : high,
  );
  if (measured.length === 1) return `: ${lowest.valueText} (${lowest.label})`;
  return `${words.clause}${words.lowest(lowest.valueText, lowest.label)}${words.comma}${words.highest(highest.valueText, highest.label)}`;
}

/**
 * The generated description of a chart in `lang`: its title, then each series' extent and
 * extremes, read from the built option (categories, the builders' value formatters).
 */
export function describeChart(title: string, option: EChartsCoreOption, lang: ChartLang): string {
  const words = CHART_WORDS[lang];
  const series = chartSeriesPoints(option, words, lang);
  return [title, ...series.map((s) => describeSeries(s, words))].filter(Boolean).join('. ') + '.';
}

/** The option with ECharts' aria on and the generated description (ECharts puts it on the chart's element). */
export function withAriaDescription(
  option: EChartsCoreOption,
  description: string,
): EChartsCoreOption {
  return { ...option, aria: { enabled: true, label: { enabled: true, description } } };
}
