import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  linkedSignal,
  output,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import type { CsvCell } from './csv';
import { CsvDownload } from './csv-download';
import type { ExportSource } from './export-button';
import { Pager } from './pager';
import { SortButton } from './sort-button';
import type { SortState } from './sorting';
import { ariaSort, pageOf, sortRows } from './sorting';
import type { UiLang } from './table-labels';

type Sortable = string | number | boolean | null | undefined;

/** A column: its header, the text of each cell, and how it sorts and exports. */
export interface TableColumn<T> {
  key: string;
  label: string;
  text: (row: T) => string;
  /** Sort value (default: the text). */
  sortValue?: (row: T) => Sortable;
  /** CSV value (default: the text). */
  csv?: (row: T) => CsvCell;
  numeric?: boolean;
  /** Router link of the cell, when it opens a page. */
  link?: (row: T) => readonly string[] | null;
  /** Not sortable (e.g. free text). */
  unsorted?: boolean;
}

/** One button per row (edit, confirm, revoke...), in a last column. */
export interface RowAction<T> {
  /** Header of the actions column. */
  header: string;
  label: (row: T) => string;
  /** What the button acts on, said to screen readers after the label (e.g. the row's code). */
  target: (row: T) => string;
  testId: (row: T) => string;
  /** Rows without the button (e.g. already confirmed); default: every row. */
  shown?: (row: T) => boolean;
}

/**
 * A table with keyboard-sortable headers, pages and a CSV download (the API's export when given). Sorts and pages itself, or,
 * with `serverSide`, shows the rows it is given and emits the sort and page asked for. Mixed
 * Arabic/Latin cell text is isolated (`<bdi>`). A `rowAction` adds a button per row.
 */
@Component({
  selector: 'ws-data-table',
  imports: [CsvDownload, Pager, RouterLink, SortButton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './data-table.html',
  styleUrls: ['./table-controls.css', './data-table.css'],
})
export class DataTable<T> {
  readonly columns = input.required<readonly TableColumn<T>[]>();
  readonly rows = input.required<readonly T[]>();
  readonly caption = input.required<string>();
  readonly csvFilename = input.required<string>();
  /** The API's full CSV export for the rows' filters: downloaded instead of the rows in the browser (a server-side list always has one). */
  readonly exportSource = input<ExportSource | null>(null);
  readonly formatCount = input<(rows: number) => string>(String);
  readonly lang = input<UiLang>('ar');
  readonly pageSize = input(20);
  readonly testId = input('data-table');
  readonly rowTestId = input('row');
  readonly rowKey = input<(row: T) => string>((row) => JSON.stringify(row));
  readonly rowAction = input<RowAction<T> | null>(null);
  readonly serverSide = input(false);
  /** Server side: the sort, page and total the rows stand for. */
  readonly sort = input<SortState | null>(null);
  readonly page = input(1);
  readonly total = input<number | null>(null);
  readonly sortChange = output<SortState>();
  readonly pageChange = output<number>();
  /** The row whose action button was pressed. */
  readonly action = output<T>();

  protected readonly currentSort = linkedSignal(() => this.sort());
  protected readonly currentPage = linkedSignal(() => this.page());

  private readonly sorted = computed(() => {
    if (this.serverSide()) {
      return [...this.rows()];
    }
    const byKey = new Map(this.columns().map((c) => [c.key, c]));
    return sortRows(this.rows(), this.currentSort(), (row, key) => {
      const column = byKey.get(key);
      return column ? (column.sortValue ?? column.text)(row) : null;
    });
  });
  protected readonly shown = computed(() =>
    this.serverSide() ? this.sorted() : pageOf(this.sorted(), this.currentPage(), this.pageSize()),
  );
  protected readonly totalRows = computed(() => this.total() ?? this.rows().length);
  protected readonly csvHeader = computed(() => this.columns().map((c) => c.label));
  protected readonly csvRows = computed(() =>
    this.sorted().map((row) => this.columns().map((c) => (c.csv ?? c.text)(row))),
  );
  protected readonly ariaSort = ariaSort;

  protected onSort(sort: SortState): void {
    this.currentSort.set(sort);
    this.currentPage.set(1);
    this.sortChange.emit(sort);
  }

  protected onPage(page: number): void {
    this.currentPage.set(page);
    this.pageChange.emit(page);
  }
}
