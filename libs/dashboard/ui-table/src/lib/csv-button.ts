import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { CsvCell } from './csv';
import { downloadCsv, toCsv } from './csv';
import type { UiLang } from './table-labels';
import { TABLE_LABELS } from './table-labels';

/** Downloads the rows it is given as a UTF-8 CSV file (with BOM). */
@Component({
  selector: 'ws-csv-button',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button type="button" class="control" [attr.data-testid]="testId()" (click)="download()">
      {{ labels().downloadCsv }}
    </button>
  `,
  styleUrl: './table-controls.css',
})
export class CsvButton {
  private readonly document = inject(DOCUMENT);
  readonly filename = input.required<string>();
  readonly header = input.required<readonly string[]>();
  readonly rows = input.required<readonly (readonly CsvCell[])[]>();
  readonly lang = input<UiLang>('ar');
  readonly testId = input('csv-download');

  protected readonly labels = computed(() => TABLE_LABELS[this.lang()]);

  protected download(): void {
    downloadCsv(this.document, this.filename(), toCsv(this.header(), this.rows()));
  }
}
