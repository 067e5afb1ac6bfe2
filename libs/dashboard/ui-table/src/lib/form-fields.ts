import { ChangeDetectionStrategy, Component, Directive, computed, input } from '@angular/core';
import { FieldErrorText } from './field-error';
import { FORM_CONTROL_STYLES } from './form-control-styles';
import type { Submission } from './submission';

/** What both kinds of field share: the control's id and name, its API field path and state. */
@Directive()
abstract class FormFieldBase {
  readonly inputId = input.required<string>();
  readonly name = input.required<string>();
  readonly label = input.required<string>();
  /** Path of the field in the API's errors, e.g. `sla.target.amount`. */
  readonly field = input.required<string>();
  readonly submission = input.required<Submission>();
  readonly testId = input<string | null>(null);
  readonly hint = input<string | null>(null);
  /**
   * Also show the messages of every path inside the field (`weekly.mon` takes `weekly.mon[1]`):
   * for one control that edits a list, such as a day's windows typed as one line.
   */
  readonly nested = input(false);

  protected readonly messages = computed(() =>
    this.nested()
      ? this.submission().messagesWithin(this.field())
      : this.submission().messages(this.field()),
  );

  protected readonly errorId = computed(() => `${this.inputId()}-error`);
  protected readonly describedBy = computed(() =>
    this.hint() ? `${this.inputId()}-hint ${this.errorId()}` : this.errorId(),
  );
}

/**
 * A labelled text input of a plain form (read with FormData on submit), with the API's messages
 * for its field underneath, linked by `aria-describedby` and marked `aria-invalid`.
 */
@Component({
  selector: 'ws-text-field',
  imports: [FieldErrorText],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <label [for]="inputId()">{{ label() }}</label>
    <input
      [id]="inputId()"
      [name]="name()"
      [type]="type()"
      [value]="value()"
      autocomplete="off"
      [attr.inputmode]="inputMode()"
      [attr.dir]="dir()"
      [attr.lang]="textLang()"
      [attr.data-testid]="testId()"
      [attr.aria-invalid]="messages().length > 0"
      [attr.aria-describedby]="describedBy()"
    />
    @if (hint(); as text) {
      <span class="hint" [id]="inputId() + '-hint'">{{ text }}</span>
    }
    <ws-field-error [field]="field()" [errorId]="errorId()" [messages]="messages()" />
  `,
  styles: FORM_CONTROL_STYLES,
  styleUrl: './form-field.css',
})
export class TextField extends FormFieldBase {
  readonly type = input<'text' | 'email' | 'date'>('text');
  readonly value = input<string | number>('');
  readonly inputMode = input<'text' | 'decimal' | 'numeric' | null>(null);
  /** Direction of what is typed (codes, numbers and emails are `ltr`). */
  readonly dir = input<'ltr' | 'rtl' | null>(null);
  readonly textLang = input<'ar' | 'en' | null>(null);
}

export interface SelectOption {
  value: string;
  label: string;
}

/** A labelled select of a plain form, with the API's messages for its field underneath. */
@Component({
  selector: 'ws-select-field',
  imports: [FieldErrorText],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <label [for]="inputId()">{{ label() }}</label>
    <select
      [id]="inputId()"
      [name]="name()"
      [attr.data-testid]="testId()"
      [attr.aria-invalid]="messages().length > 0"
      [attr.aria-describedby]="describedBy()"
    >
      @for (option of options(); track option.value) {
        <option [value]="option.value" [selected]="option.value === selected()">
          {{ option.label }}
        </option>
      }
    </select>
    @if (hint(); as text) {
      <span class="hint" [id]="inputId() + '-hint'">{{ text }}</span>
    }
    <ws-field-error [field]="field()" [errorId]="errorId()" [messages]="messages()" />
  `,
  styles: FORM_CONTROL_STYLES,
  styleUrl: './form-field.css',
})
export class SelectField extends FormFieldBase {
  readonly options = input.required<readonly SelectOption[]>();
  readonly selected = input<string | null>(null);
}
