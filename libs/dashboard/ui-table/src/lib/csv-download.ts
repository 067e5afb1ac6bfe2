import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { CsvCell } from './csv';
import { CsvButton } from './csv-button';
import type { ExportSource } from './export-button';
import { ExportButton } from './export-button';
import type { UiLang } from './table-labels';

/**
 * The CSV download of a panel: the API's export for its filters when there is one (with its row
 * count), else the rows given, written in the browser.
 */
@Component({
  selector: 'ws-csv-download',
  imports: [CsvButton, ExportButton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (exportSource(); as source) {
      <ws-export-button
        [source]="source"
        [lang]="lang()"
        [formatCount]="formatCount()"
        [testId]="testId()"
      />
    } @else {
      <ws-csv-button
        [filename]="filename()"
        [header]="header()"
        [rows]="rows()"
        [lang]="lang()"
        [testId]="testId()"
      />
    }
  `,
})
export class CsvDownload {
  readonly exportSource = input<ExportSource | null>(null);
  readonly formatCount = input<(rows: number) => string>(String);
  readonly filename = input.required<string>();
  readonly header = input<readonly string[]>([]);
  readonly rows = input<readonly (readonly CsvCell[])[]>([]);
  readonly lang = input<UiLang>('ar');
  readonly testId = input('csv-download');
}
