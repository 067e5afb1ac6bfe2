import { applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiQuery, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { CHANNELS } from '@ws/contracts';
import { INTERVALS } from './query-fields';

const FORMAT = ApiQuery({ name: 'format', required: false, enum: ['json', 'csv'], description: 'csv: text/csv with a UTF-8 BOM (also by Accept: text/csv)' });

/** Signed-in readers; a manager asking for another agency gets 404. */
export function SignedInReader(): MethodDecorator {
  return applyDecorators(
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'No or expired bearer token.' }),
    ApiNotFoundResponse({ description: 'Unknown agency or service code, or one an agency manager may not see.' }),
  );
}

export function ScopeQueryDocs(): MethodDecorator {
  return applyDecorators(
    ApiQuery({ name: 'agency', required: false, example: 'MOI', description: 'providing entity' }),
    ApiQuery({ name: 'service', required: false, example: 'MOI-RP-RENEW' }),
    ApiQuery({ name: 'requestingAgency', required: false, example: 'MOJ', description: 'inter-entity requests from this entity' }),
    ApiQuery({ name: 'channel', required: false, enum: CHANNELS }),
    FORMAT,
  );
}

export function SeriesQueryDocs(withCycles = false): MethodDecorator {
  const cycles = ApiQuery({ name: 'cycles', required: false, enum: ['first', 'all'], description: 'first (default): the official KPI' });
  return applyDecorators(
    ApiQuery({ name: 'from', example: '2026-01-01', description: 'first local date (Asia/Qatar), inclusive' }),
    ApiQuery({ name: 'to', example: '2026-03-31', description: 'last local date, inclusive' }),
    ApiQuery({ name: 'interval', enum: INTERVALS, example: 'month' }),
    ScopeQueryDocs(),
    ...(withCycles ? [cycles] : []),
  );
}

export function RangeQueryDocs(): MethodDecorator {
  return applyDecorators(ApiQuery({ name: 'from', example: '2026-01-01' }), ApiQuery({ name: 'to', example: '2026-03-31' }), FORMAT);
}

export function YearQueryDocs(): MethodDecorator {
  return applyDecorators(ApiQuery({ name: 'year', required: false, example: 2026, description: 'default: the current year in Asia/Qatar' }), FORMAT);
}
