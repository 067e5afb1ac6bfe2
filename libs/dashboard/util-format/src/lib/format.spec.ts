import { formatDate } from './format-date';
import { formatDuration } from './format-duration';
import { formatNumber, formatPercent } from './format-number';
import type { FormatSettings } from './format-settings';
import { NO_VALUE, isDigits, localeOf } from './format-settings';

const arLatn: FormatSettings = { lang: 'ar', digits: 'latn' };
const arArab: FormatSettings = { lang: 'ar', digits: 'arab' };
const enLatn: FormatSettings = { lang: 'en', digits: 'latn' };
const enArab: FormatSettings = { lang: 'en', digits: 'arab' };

const ARABIC_INDIC = /[٠-٩]/;
const WESTERN = /[0-9]/;

describe('localeOf / isDigits', () => {
  it('names the numbering system in the locale', () => {
    expect(localeOf(arLatn)).toBe('ar-QA-u-nu-latn');
    expect(localeOf(arArab)).toBe('ar-QA-u-nu-arab');
    expect(localeOf(enLatn)).toBe('en-GB-u-nu-latn');
  });

  it('accepts only the two digit settings', () => {
    expect(isDigits('arab')).toBe(true);
    expect(isDigits('latn')).toBe(true);
    expect(isDigits('hanidec')).toBe(false);
    expect(isDigits(null)).toBe(false);
  });
});

describe('formatNumber', () => {
  it('groups thousands in English', () => {
    expect(formatNumber(12345, enLatn)).toBe('12,345');
    expect(formatNumber(12.345, enLatn, { fractionDigits: 2 })).toBe('12.35');
  });

  it('writes Western or Arabic-Indic digits as set, in either language', () => {
    expect(formatNumber(12345, arLatn)).toMatch(WESTERN);
    expect(formatNumber(12345, arLatn)).not.toMatch(ARABIC_INDIC);
    expect(formatNumber(12345, arArab)).toBe('١٢٬٣٤٥');
    expect(formatNumber(7, enArab)).toBe('٧');
  });

  it('gives the no-value dash for null, undefined and NaN', () => {
    expect(formatNumber(null, enLatn)).toBe(NO_VALUE);
    expect(formatNumber(undefined, arArab)).toBe(NO_VALUE);
    expect(formatNumber(Number.NaN, enLatn)).toBe(NO_VALUE);
  });

  it('writes large counts compactly when asked', () => {
    expect(formatNumber(12400, enLatn, { compact: true })).toMatch(/^12k$/i);
  });
});

describe('formatPercent', () => {
  it('takes a ratio and writes one decimal by default', () => {
    expect(formatPercent(0.824, enLatn)).toBe('82.4%');
    expect(formatPercent(1, enLatn, { fractionDigits: 0 })).toBe('100%');
  });

  it('uses the Arabic percent sign and the chosen digits', () => {
    const arabic = formatPercent(0.824, arArab);
    expect(arabic).toContain('٨٢');
    expect(arabic).toContain('٪');
    expect(formatPercent(0.824, arLatn)).toContain('82');
  });

  it('signs differences when asked, never zero', () => {
    expect(formatPercent(0.021, enLatn, { signed: true })).toBe('+2.1%');
    expect(formatPercent(-0.021, enLatn, { signed: true })).toBe('-2.1%');
    expect(formatPercent(0, enLatn, { signed: true })).toBe('0.0%');
  });

  it('gives the no-value dash for a missing ratio', () => {
    expect(formatPercent(null, arLatn)).toBe(NO_VALUE);
  });
});

describe('formatDate', () => {
  it('reads local dates as calendar days, whatever the time zone', () => {
    expect(formatDate('2026-05-03', enLatn)).toBe('3 May 2026');
    expect(formatDate('2026-05-03', enLatn, 'day')).toBe('3 May');
    expect(formatDate('2026-05', enLatn, 'month')).toBe('May 2026');
    expect(formatDate('2026-05', arArab, 'year')).toBe('٢٠٢٦');
  });

  it('shows instants in Qatar time (UTC+3)', () => {
    expect(formatDate('2026-05-03T22:30:00Z', enLatn, 'dateTime')).toBe('4 May 2026, 01:30');
  });

  it('writes Arabic month names and the chosen digits', () => {
    expect(formatDate('2026-05-03', arArab)).toContain('مايو');
    expect(formatDate('2026-05-03', arArab)).toMatch(ARABIC_INDIC);
    expect(formatDate('2026-05-03', arLatn)).toMatch(/3/);
  });

  it('returns what it cannot parse unchanged', () => {
    expect(formatDate('not-a-date', enLatn)).toBe('not-a-date');
    expect(formatDate('2026-13-45', enLatn)).toBe('2026-13-45');
  });
});

describe('formatDuration', () => {
  const HOUR = 3_600_000;

  it('keeps the two largest adjacent units', () => {
    expect(formatDuration(28 * HOUR + 5 * 60_000, enLatn)).toBe('1 day 4 hrs');
    expect(formatDuration(90 * 60_000, enLatn)).toBe('1 hr 30 mins');
    expect(formatDuration(2 * 24 * HOUR + 3 * 60_000, enLatn)).toBe('2 days');
  });

  it('rounds to the minute and says zero minutes for nothing', () => {
    expect(formatDuration(29_000, enLatn)).toBe('0 mins');
    expect(formatDuration(0, enLatn)).toBe('0 mins');
  });

  it('keeps the sign of overdue time', () => {
    expect(formatDuration(-90 * 60_000, enLatn)).toBe('-1 hr 30 mins');
  });

  it('writes Arabic units and digits', () => {
    const text = formatDuration(28 * HOUR, arArab);
    expect(text).toMatch(ARABIC_INDIC);
    expect(text).not.toMatch(WESTERN);
  });

  it('gives the no-value dash for a missing duration', () => {
    expect(formatDuration(null, enLatn)).toBe(NO_VALUE);
  });
});
