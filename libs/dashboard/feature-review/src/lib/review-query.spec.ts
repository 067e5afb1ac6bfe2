import { convertToParamMap } from '@angular/router';
import { apiSortOf, reviewQueryFrom, sortStateOf } from './review-query';

describe('review query', () => {
  it('reads filters from the URL with defaults per list', () => {
    expect(reviewQueryFrom(convertToParamMap({}))).toEqual({
      agency: null,
      service: null,
      status: 'open_breach',
      sort: 'breachedAt',
      page: 1,
      from: null,
      to: null,
    });
    expect(
      reviewQueryFrom(
        convertToParamMap({ status: 'at_risk', agency: 'MOI', page: '3', sort: 'nope' }),
      ),
    ).toEqual({
      agency: 'MOI',
      service: null,
      status: 'at_risk',
      sort: 'dueAt',
      page: 3,
      from: null,
      to: null,
    });
    const window = reviewQueryFrom(
      convertToParamMap({ status: 'recent_breach', from: '2026-11-01', to: 'soon' }),
    );
    expect([window.sort, window.from, window.to]).toEqual(['-breachedAt', '2026-11-01', null]);
    expect(reviewQueryFrom(convertToParamMap({ page: '-2', status: 'x' })).page).toBe(1);
  });

  it('maps table sorts to the API and back, refusing columns the API cannot sort by', () => {
    expect(sortStateOf('-progress')).toEqual({ key: 'progress', direction: 'desc' });
    expect(apiSortOf({ key: 'dueAt', direction: 'asc' })).toBe('dueAt');
    expect(apiSortOf({ key: 'breachedAt', direction: 'desc' })).toBe('-breachedAt');
    expect(apiSortOf({ key: 'service', direction: 'asc' })).toBeNull();
  });
});
