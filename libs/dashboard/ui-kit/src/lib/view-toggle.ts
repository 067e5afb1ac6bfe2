import { ChangeDetectionStrategy, Component, input, model } from '@angular/core';

export type FigureView = 'chart' | 'table';

/** Chart or table of the same figures: two real buttons with `aria-pressed`. */
@Component({
  selector: 'ws-view-toggle',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="toggle" role="group" [attr.aria-label]="labels().viewAs">
      <button
        type="button"
        [attr.data-testid]="testId() + '-chart'"
        [attr.aria-pressed]="view() === 'chart'"
        (click)="view.set('chart')"
      >
        {{ labels().chart }}
      </button>
      <button
        type="button"
        [attr.data-testid]="testId() + '-table'"
        [attr.aria-pressed]="view() === 'table'"
        (click)="view.set('table')"
      >
        {{ labels().table }}
      </button>
    </div>
  `,
  styles: `
    .toggle {
      display: inline-flex;
    }
    button {
      font: inherit;
      font-size: 0.875rem;
      padding: 0.25rem 0.75rem;
      border: 1px solid var(--ws-border-strong, #8a9099);
      background: var(--ws-surface, #fff);
      color: var(--ws-text, #1d2025);
      cursor: pointer;
    }
    button[aria-pressed='true'] {
      background: var(--ws-primary, #8a1538);
      border-color: var(--ws-primary, #8a1538);
      color: #fff;
    }
  `,
})
export class ViewToggle {
  readonly view = model<FigureView>('chart');
  readonly labels = input.required<{ viewAs: string; chart: string; table: string }>();
  readonly testId = input('view');
}
