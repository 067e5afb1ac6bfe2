import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import type { SortState } from './sorting';
import { nextSort } from './sorting';
import type { UiLang } from './table-labels';
import { TABLE_LABELS } from './table-labels';

/**
 * The button inside a sortable column header: a real button (keyboard: Tab, Enter, Space), the
 * direction said in words to screen readers and drawn as an arrow, never by colour alone. The
 * header cell itself carries `aria-sort` (see `ariaSort`).
 */
@Component({
  selector: 'ws-sort-button',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      type="button"
      class="sort"
      [attr.data-testid]="'sort-' + column()"
      (click)="sortChange.emit(next())"
    >
      {{ label() }}
      <span class="arrow" aria-hidden="true">{{ arrow() }}</span>
      <span class="visually-hidden">({{ state() }})</span>
    </button>
  `,
  styleUrls: ['./table-controls.css'],
  styles: `
    .sort {
      font: inherit;
      font-weight: 600;
      background: none;
      border: 0;
      padding: 0;
      color: inherit;
      cursor: pointer;
      display: inline-flex;
      gap: 0.25rem;
      align-items: center;
    }
  `,
})
export class SortButton {
  readonly label = input.required<string>();
  readonly column = input.required<string>();
  readonly sort = input<SortState | null>(null);
  readonly lang = input<UiLang>('ar');
  readonly sortChange = output<SortState>();

  protected readonly direction = computed(() =>
    this.sort()?.key === this.column() ? (this.sort()?.direction ?? null) : null,
  );
  protected readonly arrow = computed(() => {
    const direction = this.direction();
    return direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : '↕';
  });
  protected readonly state = computed(() => {
    const labels = TABLE_LABELS[this.lang()];
    const direction = this.direction();
    return direction === 'asc'
      ? labels.sortAscending
      : direction === 'desc'
        ? labels.sortDescending
        : labels.notSorted;
  });
  protected next(): SortState {
    return nextSort(this.sort(), this.column());
  }
}
