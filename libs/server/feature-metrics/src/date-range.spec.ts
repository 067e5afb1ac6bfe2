import { BadRequestException } from '@nestjs/common';
import { parseDateRange } from './date-range';

function fieldOf(attempt: () => unknown): string {
  try {
    attempt();
  } catch (error) {
    const body = (error as BadRequestException).getResponse() as { errors: { field: string; rule: string }[] };
    return `${body.errors[0]?.field}:${body.errors[0]?.rule}`;
  }
  return 'no error';
}

describe('parseDateRange', () => {
  it('accepts an inclusive range', () => {
    expect(parseDateRange('2026-01-01', '2026-01-31')).toEqual({ from: '2026-01-01', to: '2026-01-31' });
  });

  it('names the field and rule of a bad range', () => {
    expect(fieldOf(() => parseDateRange(undefined, '2026-01-01'))).toBe('from:date');
    expect(fieldOf(() => parseDateRange('2026-02-30', '2026-03-01'))).toBe('from:date');
    expect(fieldOf(() => parseDateRange('2026-02-01', '2026-01-01'))).toBe('to:not-before-from');
    expect(fieldOf(() => parseDateRange('2000-01-01', '2026-01-01'))).toBe('to:max-range');
  });
});
