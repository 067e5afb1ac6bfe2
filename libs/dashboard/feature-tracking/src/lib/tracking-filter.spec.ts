import { filterFromParams, paramsOfFilter, sameFilter } from './tracking-filter';

const today = '2026-11-27';

describe('filterFromParams', () => {
  it('defaults to the last twelve months by month, national', () => {
    expect(filterFromParams({}, today)).toEqual({
      from: '2025-12-01',
      to: '2026-11-27',
      interval: 'month',
    });
  });

  it('reads every filter from the URL', () => {
    const filter = filterFromParams(
      {
        from: '2026-01-01',
        to: '2026-03-31',
        interval: 'week',
        agency: 'MOI',
        service: 'MOI-RP-RENEW',
        channel: 'mobile',
      },
      today,
    );
    expect(filter).toEqual({
      from: '2026-01-01',
      to: '2026-03-31',
      interval: 'week',
      agency: 'MOI',
      service: 'MOI-RP-RENEW',
      channel: 'mobile',
    });
  });

  it('drops malformed values, a service without its entity, and orders a reversed range', () => {
    const filter = filterFromParams(
      { from: '2026-05-01', to: '2026-02-30', interval: 'hour', service: 'X', channel: 'fax' },
      today,
    );
    expect(filter).toEqual({ from: '2026-05-01', to: '2026-11-27', interval: 'month' });
    expect(filterFromParams({ from: '2026-05-01', to: '2026-02-01' }, today)).toMatchObject({
      from: '2026-02-01',
      to: '2026-05-01',
    });
    expect(filterFromParams({ agency: 'moi; drop' }, today).agency).toBeUndefined();
  });
});

describe('paramsOfFilter / sameFilter', () => {
  it('writes every key, null for the ones to remove, and round-trips', () => {
    const filter = filterFromParams({ agency: 'MOI', to: '2026-06-30' }, today);
    const params = paramsOfFilter(filter);
    expect(params).toEqual({
      from: '2025-07-01',
      to: '2026-06-30',
      interval: 'month',
      agency: 'MOI',
      service: null,
      channel: null,
    });
    expect(sameFilter(filterFromParams(params, today), filter)).toBe(true);
    expect(sameFilter(filter, { ...filter, agency: 'MOPH' })).toBe(false);
  });
});
