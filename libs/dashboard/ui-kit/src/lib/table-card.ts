import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import type { CsvCell, ExportSource, LoadStatus, UiLang } from '@ws/dashboard-ui-table';
import { CsvDownload, LoadState } from '@ws/dashboard-ui-table';

/**
 * A titled card around a table: its CSV download (the API's export, else `<testId>.csv` of the rows), loading, empty and error
 * states, and a scrolling wrapper. The table itself is the content; extra header controls go
 * in an element marked `actions`.
 */
@Component({
  selector: 'ws-table-card',
  imports: [CsvDownload, LoadState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <article class="card" [attr.data-testid]="testId()" [attr.aria-labelledby]="testId() + '-title'">
      <header class="card-head">
        <h2 [id]="testId() + '-title'">{{ title() }}</h2>
        <div class="card-actions">
          <ng-content select="[actions]" />
          <ws-csv-download
            [exportSource]="exportSource()"
            [formatCount]="formatCount()"
            [filename]="testId() + '.csv'"
            [header]="csvHeader()"
            [rows]="csvRows()"
            [lang]="lang()"
            [testId]="testId() + '-csv'"
          />
        </div>
      </header>
      <ws-load-state [status]="status()" [lang]="lang()" (retry)="retry.emit()">
        <div class="table-wrap"><ng-content /></div>
      </ws-load-state>
    </article>
  `,
})
export class TableCard {
  readonly testId = input.required<string>();
  readonly title = input.required<string>();
  readonly status = input.required<LoadStatus>();
  readonly lang = input.required<UiLang>();
  /** The API's full CSV export of the table's figures; without one, the rows given are downloaded. */
  readonly exportSource = input<ExportSource | null>(null);
  readonly formatCount = input<(rows: number) => string>(String);
  readonly csvHeader = input<readonly string[]>([]);
  readonly csvRows = input<readonly (readonly CsvCell[])[]>([]);
  readonly retry = output();
}
