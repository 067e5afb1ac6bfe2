import { BadRequestException } from '@nestjs/common';
import { agencyChangeAction, parseAgencyChange } from './agency-change';

function errorsOf(body: unknown): { field: string; rule: string }[] {
  try {
    parseAgencyChange(body);
  } catch (error) {
    if (error instanceof BadRequestException) return (error.getResponse() as { errors: { field: string; rule: string }[] }).errors;
    throw error;
  }
  return [];
}

describe('a change of an agency', () => {
  it('takes the activation and the feed interval, each optional', () => {
    expect(parseAgencyChange({ active: false })).toEqual({ active: false });
    expect(parseAgencyChange({ feedIntervalHours: 1 })).toEqual({ feedIntervalHours: 1 });
    expect(parseAgencyChange({ active: true, feedIntervalHours: 720 })).toEqual({ active: true, feedIntervalHours: 720 });
  });

  it('refuses an interval that is not a whole number of hours from 1 to 720', () => {
    for (const feedIntervalHours of [0, 721, 2.5, '24', null, Number.NaN]) {
      expect(errorsOf({ feedIntervalHours })).toEqual([expect.objectContaining({ field: 'feedIntervalHours', rule: 'range' })]);
    }
  });

  it('refuses a change of nothing, and a body that is not an object', () => {
    expect(errorsOf({})).toEqual([expect.objectContaining({ field: '', rule: 'at-least-one' })]);
    expect(errorsOf('24')).toEqual([expect.objectContaining({ field: '', rule: 'object' })]);
    expect(errorsOf({ active: 'yes' })).toEqual([expect.objectContaining({ field: 'active', rule: 'boolean' })]);
  });

  it('is audited as what it changes', () => {
    expect(agencyChangeAction({ active: true })).toBe('activate');
    expect(agencyChangeAction({ active: false })).toBe('deactivate');
    expect(agencyChangeAction({ feedIntervalHours: 4 })).toBe('set-feed-interval');
    expect(agencyChangeAction({ active: true, feedIntervalHours: 4 })).toBe('update');
  });
});
