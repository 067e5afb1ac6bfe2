import { DOCUMENT } from '@angular/common';
import { HttpClient, HttpParams } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { downloadBlob } from './csv';
import type { UiLang } from './table-labels';
import { TABLE_LABELS } from './table-labels';

/** An API CSV export for the current filters: its URL and query, and the file's name. */
export interface ExportSource {
  url: string;
  params: Readonly<Record<string, string | number>>;
  filename: string;
}

/** The header in which every CSV export of the API says how many rows it holds (answered to `HEAD`). */
export const ROW_COUNT_HEADER = 'X-Total-Count';

/**
 * Downloads the API's full CSV export for the current filters (never the rows a page happens to
 * hold). Its row count, from a `HEAD` of the same URL, is on the button before the download.
 */
@Component({
  selector: 'ws-export-button',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      type="button"
      class="control"
      [attr.data-testid]="testId()"
      [attr.data-rows]="rows()"
      [attr.aria-busy]="busy()"
      (click)="download()"
    >
      {{ label() }}
    </button>
    @if (failed()) {
      <span role="alert" class="export-error">{{ labels().downloadFailed }}</span>
    }
  `,
  styleUrl: './table-controls.css',
})
export class ExportButton {
  private readonly http = inject(HttpClient);
  private readonly document = inject(DOCUMENT);
  readonly source = input.required<ExportSource>();
  readonly lang = input<UiLang>('ar');
  readonly formatCount = input<(rows: number) => string>(String);
  readonly testId = input('csv-download');

  protected readonly rows = signal<number | null>(null);
  protected readonly busy = signal(false);
  protected readonly failed = signal(false);
  protected readonly labels = computed(() => TABLE_LABELS[this.lang()]);
  protected readonly label = computed(() => {
    const rows = this.rows();
    return rows === null
      ? this.labels().downloadCsv
      : this.labels().downloadCsvRows(this.formatCount()(rows));
  });

  constructor() {
    effect((onCleanup) => {
      const source = this.source();
      this.rows.set(null);
      const request = this.http
        .head(source.url, { params: this.params(source), observe: 'response' })
        .subscribe({
          next: (response) => {
            const count = Number(response.headers.get(ROW_COUNT_HEADER));
            this.rows.set(
              Number.isInteger(count) && response.headers.has(ROW_COUNT_HEADER) ? count : null,
            );
          },
          error: () => this.rows.set(null),
        });
      onCleanup(() => request.unsubscribe());
    });
  }

  protected download(): void {
    const source = this.source();
    this.busy.set(true);
    this.failed.set(false);
    this.http.get(source.url, { params: this.params(source), responseType: 'blob' }).subscribe({
      next: (blob) => {
        this.busy.set(false);
        downloadBlob(this.document, source.filename, blob);
      },
      error: () => {
        this.busy.set(false);
        this.failed.set(true);
      },
    });
  }

  private params(source: ExportSource): HttpParams {
    return new HttpParams({ fromObject: { ...source.params } });
  }
}
