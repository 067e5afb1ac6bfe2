/** OpenAPI schemas of the feed's answers (the shapes of `@ws/contracts`). */
const FIELD_ERROR = {
  type: 'object',
  properties: { field: { type: 'string' }, rule: { type: 'string' }, message: { type: 'string' } },
};

export const ERROR_SCHEMA = {
  type: 'object',
  properties: {
    statusCode: { type: 'integer' },
    error: { type: 'string' },
    message: { type: 'string' },
    errors: { type: 'array', items: FIELD_ERROR },
  },
};

export const ACCEPTED_SCHEMA = {
  type: 'object',
  properties: {
    batchId: { type: 'string', format: 'uuid' },
    accepted: { type: 'integer' },
    duplicates: { type: 'integer' },
    rejected: {
      type: 'array',
      items: {
        type: 'object',
        properties: { index: { type: 'integer' }, eventId: { type: 'string', nullable: true }, errors: { type: 'array', items: FIELD_ERROR } },
      },
    },
  },
};
