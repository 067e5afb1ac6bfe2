import { convertToParamMap } from '@angular/router';
import { apiSortOf, quarterToDate, reviewQueryFrom, sortStateOf } from './review-query';

describe('review query', () => {
  it('reads filters from the URL with defaults per list', () => {
    expect(reviewQueryFrom(convertToParamMap({}))).toEqual({
      agency: null,
      service: null,
      status: 'open_breach',
      sort: 'breachedAt',
      page: 1,
    });
    expect(
      reviewQueryFrom(
        convertToParamMap({ status: 'at_risk', agency: 'MOI', page: '3', sort: 'nope' }),
      ),
    ).toEqual({ agency: 'MOI', service: null, status: 'at_risk', sort: 'dueAt', page: 3 });
    expect(reviewQueryFrom(convertToParamMap({ page: '-2', status: 'x' })).page).toBe(1);
  });

  it('maps table sorts to the API and back, refusing columns the API cannot sort by', () => {
    expect(sortStateOf('-progress')).toEqual({ key: 'progress', direction: 'desc' });
    expect(apiSortOf({ key: 'dueAt', direction: 'asc' })).toBe('dueAt');
    expect(apiSortOf({ key: 'breachedAt', direction: 'desc' })).toBe('-breachedAt');
    expect(apiSortOf({ key: 'service', direction: 'asc' })).toBeNull();
  });

  it('gives the quarter to date in Qatar time', () => {
    // 2026-03-31T22:00Z is already 1 April in Qatar: the second quarter
    expect(quarterToDate(Date.parse('2026-03-31T22:00:00Z'))).toEqual({
      from: '2026-04-01',
      to: '2026-04-01',
    });
    expect(quarterToDate(Date.parse('2026-11-27T10:00:00Z'))).toEqual({
      from: '2026-10-01',
      to: '2026-11-27',
    });
  });
});
