/** The language a chart is described in (the page's `<html lang>`). */
export type ChartLang = 'ar' | 'en';

/** The words of a chart's generated description, its keyboard hint and its announced points. */
export interface ChartWords {
  chart: string;
  keyboardHint: string;
  series: (name: string, count: number) => string;
  range: (first: string, last: string) => string;
  lowest: (value: string, label: string) => string;
  highest: (value: string, label: string) => string;
  latest: (value: string, label: string) => string;
  cells: (count: number) => string;
  noData: string;
  unnamed: string;
  point: (series: string, label: string, value: string) => string;
  position: (index: number, count: number) => string;
  /** Between the parts of one series' sentence, and between items of a list. */
  clause: string;
  comma: string;
}

export const CHART_WORDS: Record<ChartLang, ChartWords> = {
  ar: {
    chart: 'رسم بياني',
    keyboardHint:
      'استخدم الأسهم للتنقل بين النقاط، وأعلى وأسفل للتنقل بين السلاسل، وHome وEnd للأولى والأخيرة.',
    series: (name, count) => `${name}: ${count} ${count === 1 ? 'نقطة' : 'نقاط'}`,
    range: (first, last) => `من ${first} إلى ${last}`,
    lowest: (value, label) => `الأدنى ${value} (${label})`,
    highest: (value, label) => `الأعلى ${value} (${label})`,
    latest: (value, label) => `الأخير ${value} (${label})`,
    cells: (count) => `${count} خلية`,
    noData: 'لا توجد بيانات',
    unnamed: 'السلسلة',
    point: (series, label, value) => `${series}، ${label}: ${value}`,
    position: (index, count) => `${index} من ${count}`,
    clause: '؛ ',
    comma: '، ',
  },
  en: {
    chart: 'chart',
    keyboardHint:
      'Use the arrow keys to move between points, up and down to change series, Home and End for the first and last.',
    series: (name, count) => `${name}: ${count} ${count === 1 ? 'point' : 'points'}`,
    range: (first, last) => `from ${first} to ${last}`,
    lowest: (value, label) => `lowest ${value} (${label})`,
    highest: (value, label) => `highest ${value} (${label})`,
    latest: (value, label) => `latest ${value} (${label})`,
    cells: (count) => `${count} cells`,
    noData: 'no data',
    unnamed: 'series',
    point: (series, label, value) => `${series}, ${label}: ${value}`,
    position: (index, count) => `${index} of ${count}`,
    clause: '; ',
    comma: ', ',
  },
};
