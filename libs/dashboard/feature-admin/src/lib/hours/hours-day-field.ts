import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { FORM_CONTROL_STYLES, FieldErrorText } from '@ws/dashboard-ui-table';
import type { Submission } from '@ws/dashboard-ui-table';

/**
 * One day's windows as a line of text (`07:00-12:00, 16:00-19:00`), with every API message about
 * the day or any of its windows (`weekly.mon`, `weekly.mon[1]`, `weekly.mon[0][1]`) under it.
 */
@Component({
  selector: 'ws-hours-day',
  imports: [FieldErrorText],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <label [for]="inputId()">{{ label() }}</label>
    <input
      [id]="inputId()"
      [name]="field()"
      [value]="value()"
      dir="ltr"
      autocomplete="off"
      [attr.data-testid]="'hours-' + field()"
      [attr.aria-invalid]="messages().length > 0"
      [attr.aria-describedby]="hintId() + ' ' + errorId()"
    />
    <ws-field-error [field]="field()" [errorId]="errorId()" [messages]="messages()" />
  `,
  styles: [
    FORM_CONTROL_STYLES,
    `
      :host {
        display: flex;
        flex-direction: column;
        gap: 0.25rem;
        min-inline-size: 12rem;
      }
    `,
  ],
})
export class HoursDayField {
  /** The day's path in the calendar, also the control's name: `weekly.sun`, `overrides[0].weekly.sun`. */
  readonly field = input.required<string>();
  readonly label = input.required<string>();
  readonly value = input.required<string>();
  readonly hintId = input.required<string>();
  readonly submission = input.required<Submission>();

  protected readonly inputId = computed(() => `hours-${this.field().replace(/[^a-z0-9]+/gi, '-')}`);
  protected readonly errorId = computed(() => `${this.inputId()}-error`);
  protected readonly messages = computed(() => this.submission().messagesWithin(this.field()));
}
