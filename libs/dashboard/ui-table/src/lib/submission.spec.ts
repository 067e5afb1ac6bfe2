import { HttpErrorResponse } from '@angular/common/http';
import { of, throwError } from 'rxjs';
import { Submission } from './submission';

describe('Submission', () => {
  it('is saved with the answer on success', () => {
    const submission = new Submission();
    const saved: number[] = [];
    submission.run(of(7), (v) => saved.push(v));
    expect(submission.status()).toBe('saved');
    expect(saved).toEqual([7]);
  });

  it('keeps the API messages per field on failure and clears them on the next run', () => {
    const submission = new Submission();
    const error = new HttpErrorResponse({
      status: 400,
      error: { message: 'x', errors: [{ field: 'note', rule: 'text', message: 'note is empty' }] },
    });
    submission.run(
      throwError(() => error),
      () => undefined,
    );
    expect(submission.status()).toBe('failed');
    expect(submission.messages('note')).toEqual(['note is empty']);
    expect(submission.invalid('rootCause')).toBe(false);
    submission.run(of(1), () => undefined);
    expect(submission.messages('note')).toEqual([]);
  });

  it('gathers the messages of a field and of every path inside it, and only those', () => {
    const submission = new Submission();
    const errors = [
      { field: 'weekly.sun[1]', rule: 'windows must not overlap', message: 'sun overlap' },
      { field: 'weekly.sun[0][0]', rule: 'must be a local time', message: 'sun time' },
      { field: 'weekly.sunday', rule: 'unknown weekday', message: 'not sun' },
      { field: 'weekly.mon', rule: 'must be a list', message: 'mon' },
    ];
    submission.run(
      throwError(() => new HttpErrorResponse({ status: 400, error: { message: 'x', errors } })),
      () => undefined,
    );
    expect(submission.messagesWithin('weekly.sun')).toEqual(['sun overlap', 'sun time']);
    expect(submission.messagesWithin('weekly.mon')).toEqual(['mon']);
    expect(submission.messagesWithin('weekly.tue')).toEqual([]);
  });

  it('says a known rule in Arabic before the API message, and an unknown one as the API says it', () => {
    const submission = new Submission(() => 'ar');
    const error = new HttpErrorResponse({
      status: 400,
      error: {
        message: 'x',
        errors: [
          { field: 'amount', rule: 'range', message: 'amount must be more than 0' },
          { field: 'weekly', rule: 'windows must not overlap', message: 'overlap' },
        ],
      },
    });
    submission.run(
      throwError(() => error),
      () => undefined,
    );
    expect(submission.messages('amount')).toEqual([
      'الرقم خارج الحدود المسموح بها (\u2068amount must be more than 0\u2069)',
    ]);
    expect(submission.messages('weekly')).toEqual(['overlap']);
  });
});
