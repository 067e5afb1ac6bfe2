import { BadRequestException } from '@nestjs/common';
import { parseRangeQuery, parseSeriesQuery, parseYearQuery } from './series-query';

function errorsOf(attempt: () => unknown): string[] {
  try {
    attempt();
  } catch (error) {
    const body = (error as BadRequestException).getResponse() as { errors: { field: string; rule: string }[] };
    return body.errors.map((error) => `${error.field}:${error.rule}`);
  }
  return [];
}

describe('read API query parsing', () => {
  it('accepts an inclusive range, with the first cycles by default', () => {
    expect(parseSeriesQuery({ from: '2026-01-01', to: '2026-01-31', interval: 'week', agency: 'MOI' })).toEqual({
      from: '2026-01-01', to: '2026-01-31', interval: 'week', cycles: 'first', agency: 'MOI', service: undefined, requestingAgency: undefined, channel: undefined,
    });
    expect(parseRangeQuery({ from: '2026-01-01', to: '2026-01-31', agency: 'MOI' }, true)).toEqual({ from: '2026-01-01', to: '2026-01-31', agency: 'MOI' });
  });

  it('names the field and rule of every bad parameter at once', () => {
    expect(errorsOf(() => parseRangeQuery({ to: '2026-01-01' }))).toEqual(['from:date']);
    expect(errorsOf(() => parseRangeQuery({ from: '2026-02-30', to: '2026-03-01' }))).toEqual(['from:date']);
    expect(errorsOf(() => parseRangeQuery({ from: '2026-02-01', to: '2026-01-01' }))).toEqual(['to:not-before-from']);
    expect(errorsOf(() => parseRangeQuery({ from: '2000-01-01', to: '2026-01-01' }))).toEqual(['to:max-range']);
    expect(errorsOf(() => parseRangeQuery({ from: '2026-01-01', to: '2026-01-02', agency: 'MOI' }))).toEqual(['agency:unknown']);
    expect(errorsOf(() => parseSeriesQuery({ from: '2026-01-01', to: '2026-01-02', interval: 'hour', format: 'xml', service: 'bad code' }))).toEqual(
      ['interval:one-of', 'service:code', 'format:one-of'],
    );
  });

  it('reads a year, by default the current one', () => {
    expect(parseYearQuery({}, 2026)).toBe(2026);
    expect(parseYearQuery({ year: '2025' }, 2026)).toBe(2025);
    expect(errorsOf(() => parseYearQuery({ year: '1999' }, 2026))).toEqual(['year:range']);
  });
});
