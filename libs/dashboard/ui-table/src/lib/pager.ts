import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import type { UiLang } from './table-labels';
import { TABLE_LABELS } from './table-labels';

/** Previous / next page buttons and "page x of y"; hidden state is never only a colour. */
@Component({
  selector: 'ws-pager',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav class="pager" [attr.aria-label]="labels().pagination">
      <button
        type="button"
        class="control"
        data-testid="page-previous"
        [disabled]="page() <= 1"
        (click)="pageChange.emit(page() - 1)"
      >
        {{ labels().previousPage }}
      </button>
      <span data-testid="page-status" aria-live="polite">{{
        labels().pageOf(page(), pages(), total())
      }}</span>
      <button
        type="button"
        class="control"
        data-testid="page-next"
        [disabled]="page() >= pages()"
        (click)="pageChange.emit(page() + 1)"
      >
        {{ labels().nextPage }}
      </button>
    </nav>
  `,
  styleUrls: ['./table-controls.css'],
  styles: `
    .pager {
      display: flex;
      gap: 0.75rem;
      align-items: center;
      margin-block-start: 0.5rem;
    }
  `,
})
export class Pager {
  readonly page = input.required<number>();
  readonly pageSize = input.required<number>();
  readonly total = input.required<number>();
  readonly lang = input<UiLang>('ar');
  readonly pageChange = output<number>();

  protected readonly labels = computed(() => TABLE_LABELS[this.lang()]);
  protected readonly pages = computed(() =>
    Math.max(1, Math.ceil(this.total() / Math.max(1, this.pageSize()))),
  );
}
