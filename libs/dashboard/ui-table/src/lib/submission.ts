import { signal } from '@angular/core';
import type { Observable } from 'rxjs';
import type { FieldMessages } from './field-errors';
import { fieldMessages, generalMessage } from './field-errors';

export type SubmissionStatus = 'idle' | 'saving' | 'saved' | 'failed';

/**
 * The state of one form's submission to the API: saving, saved, or failed with the API's
 * messages per field (shown next to the fields) and its general message.
 */
export class Submission {
  readonly status = signal<SubmissionStatus>('idle');
  readonly errors = signal<FieldMessages>({});
  readonly general = signal<string | null>(null);

  /** Messages for a field path (e.g. `sla.target.amount`). */
  messages(field: string): readonly string[] {
    return this.errors()[field] ?? [];
  }

  invalid(field: string): boolean {
    return this.messages(field).length > 0;
  }

  run<T>(request: Observable<T>, onSaved: (value: T) => void): void {
    this.status.set('saving');
    this.errors.set({});
    this.general.set(null);
    request.subscribe({
      next: (value) => {
        this.status.set('saved');
        onSaved(value);
      },
      error: (error: unknown) => {
        this.status.set('failed');
        this.errors.set(fieldMessages(error));
        this.general.set(generalMessage(error));
      },
    });
  }

  reset(): void {
    this.status.set('idle');
    this.errors.set({});
    this.general.set(null);
  }
}
