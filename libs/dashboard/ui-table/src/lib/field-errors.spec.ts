import { HttpErrorResponse } from '@angular/common/http';
import { fieldMessages, generalMessage } from './field-errors';

describe('field errors of API responses', () => {
  const bad = new HttpErrorResponse({
    status: 400,
    error: {
      statusCode: 400,
      error: 'Bad Request',
      message: 'Invalid request',
      errors: [
        { field: 'sla.target.amount', rule: 'range', message: 'must be more than 0' },
        { field: 'sla.target.amount', rule: 'x', message: 'second' },
        { field: 'code', rule: 'code', message: 'bad code' },
      ],
    },
  });

  it('groups messages by field path', () => {
    expect(fieldMessages(bad)).toEqual({
      'sla.target.amount': [
        { field: 'sla.target.amount', rule: 'range', message: 'must be more than 0' },
        { field: 'sla.target.amount', rule: 'x', message: 'second' },
      ],
      code: [{ field: 'code', rule: 'code', message: 'bad code' }],
    });
    expect(generalMessage(bad)).toBeNull();
  });

  it('gives the general message when no field is named, and nothing for other errors', () => {
    const conflict = new HttpErrorResponse({
      status: 409,
      error: { statusCode: 409, error: 'Conflict', message: 'Already confirmed' },
    });
    expect(fieldMessages(conflict)).toEqual({});
    expect(generalMessage(conflict)).toBe('Already confirmed');
    expect(fieldMessages(new Error('network'))).toEqual({});
    expect(generalMessage(new Error('network'))).toBeNull();
  });
});
