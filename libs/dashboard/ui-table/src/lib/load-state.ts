import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import type { UiLang } from './table-labels';
import { TABLE_LABELS } from './table-labels';

export type LoadStatus = 'loading' | 'error' | 'empty' | 'ok';

/**
 * Loading, empty and error states of a block of data (with a retry); shows its content once
 * the data is there.
 */
@Component({
  selector: 'ws-load-state',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @switch (status()) {
      @case ('loading') {
        <p class="state" role="status" data-testid="state-loading">{{ labels().loading }}</p>
      }
      @case ('error') {
        <div class="state error" role="alert" data-testid="state-error">
          <p>⚠ {{ errorText() ?? labels().error }}</p>
          <button type="button" data-testid="retry" (click)="retry.emit()">
            {{ labels().retry }}
          </button>
        </div>
      }
      @case ('empty') {
        <p class="state" role="status" data-testid="state-empty">
          {{ emptyText() ?? labels().empty }}
        </p>
      }
      @default {
        <ng-content />
      }
    }
  `,
  styles: `
    .state {
      margin: 0;
      padding-block: 1.5rem;
      text-align: center;
      color: var(--ws-muted, #4a5058);
    }
    .error {
      color: var(--ws-danger, #a4161a);
    }
    .error p {
      margin: 0 0 0.5rem;
    }
    .error button {
      font: inherit;
      padding: 0.25rem 0.75rem;
      border: 1px solid currentColor;
      border-radius: 6px;
      background: transparent;
      color: inherit;
      cursor: pointer;
    }
  `,
})
export class LoadState {
  readonly status = input.required<LoadStatus>();
  readonly lang = input<UiLang>('ar');
  readonly emptyText = input<string | null>(null);
  readonly errorText = input<string | null>(null);
  readonly retry = output();

  protected readonly labels = computed(() => TABLE_LABELS[this.lang()]);
}
