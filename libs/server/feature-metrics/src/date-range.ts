import { BadRequestException } from '@nestjs/common';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_DAYS = 3660;

function parseDate(value: string | undefined, field: string): number {
  if (!value || !DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new BadRequestException({
      message: `${field} must be a date YYYY-MM-DD`,
      errors: [{ field, rule: 'date', message: `${field} must be a date YYYY-MM-DD` }],
    });
  }
  const ms = Date.parse(`${value}T00:00:00Z`);
  if (new Date(ms).toISOString().slice(0, 10) !== value) {
    throw new BadRequestException({
      message: `${field} is not a calendar date`,
      errors: [{ field, rule: 'date', message: `${field} is not a calendar date` }],
    });
  }
  return ms;
}

/** Validates an inclusive `from`..`to` range of local dates. */
export function parseDateRange(from: string | undefined, to: string | undefined): { from: string; to: string } {
  const fromMs = parseDate(from, 'from');
  const toMs = parseDate(to, 'to');
  if (toMs < fromMs) {
    throw new BadRequestException({
      message: 'to must not be before from',
      errors: [{ field: 'to', rule: 'not-before-from', message: 'to must not be before from' }],
    });
  }
  if ((toMs - fromMs) / 86_400_000 > MAX_DAYS) {
    throw new BadRequestException({
      message: `the range must span at most ${MAX_DAYS} days`,
      errors: [{ field: 'to', rule: 'max-range', message: `the range must span at most ${MAX_DAYS} days` }],
    });
  }
  return { from: from as string, to: to as string };
}
