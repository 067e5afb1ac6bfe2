import type { EChartsCoreOption } from 'echarts/core';
import type { ChartLang, ChartWords } from './chart-words';

/** A data point a keyboard user can move to: where it is in the option, and what it says. */
export interface ChartPoint {
  seriesIndex: number;
  dataIndex: number;
  label: string;
  /** The value as a number (for the lowest / highest), null when it has none (a radar profile). */
  value: number | null;
  valueText: string;
}

/** The navigable points of one series, in data order. */
export interface ChartSeriesPoints {
  seriesIndex: number;
  name: string;
  type: string;
  points: ChartPoint[];
}

type Loose = Record<string, unknown>;
type Formatter = (value: number) => string;

const asObject = (value: unknown): Loose | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Loose) : null;
const first = (value: unknown): Loose | null => asObject(Array.isArray(value) ? value[0] : value);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

function categories(axis: Loose | null): string[] | null {
  return axis?.['type'] === 'category' ? list(axis['data']).map(String) : null;
}

function axisFormatter(axis: Loose | null): Formatter | null {
  const formatter = asObject(axis?.['axisLabel'])?.['formatter'];
  return typeof formatter === 'function'
    ? (value) => String((formatter as (v: number) => unknown)(value))
    : null;
}

/** A number in the chart's language, up to two decimals: the fallback when the builder gave no formatter. */
export function plainNumber(lang: ChartLang): Formatter {
  const format = new Intl.NumberFormat(lang === 'ar' ? 'ar-QA-u-nu-latn' : 'en-GB', {
    maximumFractionDigits: 2,
  });
  return (value) => format.format(value);
}

function numberOf(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

interface Axes {
  xCategories: string[] | null;
  yCategories: string[] | null;
  formatX: Formatter | null;
  formatValue: Formatter;
  radarAxes: string[];
  separator: string;
}

function axesOf(option: Loose, lang: ChartLang, words: ChartWords): Axes {
  const x = first(option['xAxis']);
  const y = first(option['yAxis']);
  const visualFormatter = first(option['visualMap'])?.['formatter'];
  return {
    xCategories: categories(x),
    yCategories: categories(y),
    formatX: axisFormatter(x),
    formatValue:
      typeof visualFormatter === 'function'
        ? (value) => String((visualFormatter as (v: number) => unknown)(value))
        : (axisFormatter(y) ?? plainNumber(lang)),
    radarAxes: list(first(option['radar'])?.['indicator']).map((indicator) =>
      String(asObject(indicator)?.['name'] ?? ''),
    ),
    separator: words.comma,
  };
}

/** One data item as a point: a category line, a heatmap cell, a radar profile or an item on a time axis. */
function pointOf(
  type: string,
  item: unknown,
  dataIndex: number,
  axes: Axes,
): Omit<ChartPoint, 'seriesIndex' | 'dataIndex'> | null {
  const object = asObject(item);
  const raw = object ? object['value'] : item;
  const name = typeof object?.['name'] === 'string' ? (object['name'] as string) : null;
  if (type === 'radar') {
    const values = list(raw).map(
      (value, index) => `${axes.radarAxes[index] ?? index + 1} ${axes.formatValue(Number(value))}`,
    );
    return {
      label: name ?? String(dataIndex + 1),
      value: null,
      valueText: values.join(axes.separator),
    };
  }
  if (Array.isArray(raw)) {
    if (type === 'heatmap') {
      const [column, row, value] = raw.map(Number);
      const cell = `${axes.yCategories?.[row ?? -1] ?? row} · ${axes.xCategories?.[column ?? -1] ?? column}`;
      return value === undefined || Number.isNaN(value)
        ? null
        : { label: cell, value, valueText: axes.formatValue(value) };
    }
    const at = numberOf(raw[0]);
    const when = at === null ? String(raw[0]) : (axes.formatX?.(at) ?? String(at));
    const end = numberOf(raw[2]);
    const row = axes.yCategories?.[Number(raw[type === 'custom' ? 0 : 1])] ?? '';
    if (type === 'custom') {
      const from = axes.formatX?.(Number(raw[1])) ?? String(raw[1]);
      return {
        label: row,
        value: null,
        valueText: `${from} – ${end === null ? '' : (axes.formatX?.(end) ?? end)}`,
      };
    }
    return { label: [name, row].filter(Boolean).join(' · ') || when, value: null, valueText: when };
  }
  const value = numberOf(raw);
  if (value === null) return null; // a gap ('-') or no value
  return {
    label: axes.xCategories?.[dataIndex] ?? name ?? String(dataIndex + 1),
    value,
    valueText: axes.formatValue(value),
  };
}

/** Every series of a built option with its points (gaps left out), for the description and the keyboard. */
export function chartSeriesPoints(
  option: EChartsCoreOption,
  words: ChartWords,
  lang: ChartLang,
): ChartSeriesPoints[] {
  const loose = option as Loose;
  const axes = axesOf(loose, lang, words);
  const series = Array.isArray(loose['series']) ? loose['series'] : [loose['series']];
  return series.flatMap((entry, seriesIndex) => {
    const s = asObject(entry);
    if (!s) return [];
    const type = String(s['type'] ?? '');
    const points = list(s['data']).flatMap((item, dataIndex) => {
      const point = pointOf(type, item, dataIndex, axes);
      return point ? [{ ...point, seriesIndex, dataIndex }] : [];
    });
    return [
      {
        seriesIndex,
        name: typeof s['name'] === 'string' && s['name'] ? s['name'] : words.unnamed,
        type,
        points,
      },
    ];
  });
}

/** What the live region says about a point: its series, label, value and place in the series. */
export function pointAnnouncement(
  series: ChartSeriesPoints,
  index: number,
  words: ChartWords,
): string {
  const point = series.points[index];
  if (!point) return '';
  return `${words.point(series.name, point.label, point.valueText)} (${words.position(index + 1, series.points.length)})`;
}
