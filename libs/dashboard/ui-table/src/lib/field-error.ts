import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * The API's messages for one form field, next to it. Give the control
 * `aria-describedby` = this `errorId` and `aria-invalid` when there are messages.
 */
@Component({
  selector: 'ws-field-error',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (messages().length > 0) {
      <p class="field-error" [id]="errorId()" [attr.data-testid]="'field-error-' + field()">
        @for (message of messages(); track $index) {
          <span>⚠ {{ message }}</span>
        }
      </p>
    }
  `,
  styles: `
    .field-error {
      margin: 0.25rem 0 0;
      color: var(--ws-danger, #a4161a);
      font-size: 0.875rem;
      display: flex;
      flex-direction: column;
    }
  `,
})
export class FieldErrorText {
  readonly field = input.required<string>();
  readonly errorId = input.required<string>();
  readonly messages = input<readonly string[]>([]);
}
