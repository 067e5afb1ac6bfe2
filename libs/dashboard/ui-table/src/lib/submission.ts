import { signal } from '@angular/core';
import type { Observable } from 'rxjs';
import type { FieldMessages } from './field-errors';
import { fieldMessages, generalMessage } from './field-errors';
import { ruleText } from './rule-text';
import type { UiLang } from './table-labels';

export type SubmissionStatus = 'idle' | 'saving' | 'saved' | 'failed';

/**
 * The state of one form's submission to the API: saving, saved, or failed with the API's
 * messages per field (shown next to the fields) and its general message.
 */
export class Submission {
  /** `lang` gives the language messages are shown in (a signal, so they follow a switch). */
  constructor(private readonly lang: () => UiLang = () => 'en') {}

  readonly status = signal<SubmissionStatus>('idle');
  readonly errors = signal<FieldMessages>({});
  readonly general = signal<string | null>(null);

  /** Messages for a field path (e.g. `sla.target.amount`), in the current language. */
  messages(field: string): readonly string[] {
    const lang = this.lang();
    return (this.errors()[field] ?? []).map((error) => ruleText(error, lang));
  }

  /**
   * Messages for a field path and every path inside it (`weekly.sun` also takes `weekly.sun[1]`
   * and `weekly.sun[0][1]`): for one control that edits a list, such as a day's windows.
   */
  messagesWithin(field: string): readonly string[] {
    const lang = this.lang();
    return Object.entries(this.errors())
      .filter(
        ([path]) => path === field || path.startsWith(`${field}[`) || path.startsWith(`${field}.`),
      )
      .flatMap(([, errors]) => errors.map((error) => ruleText(error, lang)));
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
