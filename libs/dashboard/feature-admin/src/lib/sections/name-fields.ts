import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { Submission } from '@ws/dashboard-ui-table';
import { TextField } from '@ws/dashboard-ui-table';

/**
 * The Arabic and the English name of a catalogue entry (`nameAr`, `nameEn`), as two text fields
 * of the enclosing form, with ids `<idPrefix>-name-ar` and `<idPrefix>-name-en`.
 */
@Component({
  selector: 'ws-name-fields',
  imports: [TextField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ws-text-field
      [inputId]="idPrefix() + '-name-ar'"
      name="nameAr"
      field="nameAr"
      dir="rtl"
      textLang="ar"
      [label]="labels().nameAr"
      [submission]="submission()"
    />
    <ws-text-field
      [inputId]="idPrefix() + '-name-en'"
      name="nameEn"
      field="nameEn"
      dir="ltr"
      textLang="en"
      [label]="labels().nameEn"
      [submission]="submission()"
    />
  `,
  styles: `
    :host {
      display: contents;
    }
  `,
})
export class NameFields {
  readonly idPrefix = input.required<string>();
  readonly labels = input.required<{ nameAr: string; nameEn: string }>();
  readonly submission = input.required<Submission>();
}
