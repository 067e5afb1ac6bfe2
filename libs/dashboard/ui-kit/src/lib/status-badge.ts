import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

export type FigureStatus = 'green' | 'amber' | 'red' | 'grey';

const ICONS: Record<FigureStatus, string> = { green: '✓', amber: '!', red: '✕', grey: '?' };

/**
 * A status as colour, icon AND text, so it never relies on colour alone. Colours pass WCAG AA
 * (4.5:1) for their text on their background.
 */
@Component({
  selector: 'ws-status-badge',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <span [class]="'badge ' + status()" data-testid="status" [attr.data-status]="status()">
      <span class="icon" aria-hidden="true">{{ icon() }}</span>
      {{ label() }}
    </span>
  `,
  styles: `
    .badge {
      display: inline-flex;
      align-items: center;
      gap: 0.25rem;
      padding: 0.125rem 0.5rem;
      border-radius: 999px;
      font-size: 0.8125rem;
      font-weight: 600;
      white-space: nowrap;
      border: 1px solid currentColor;
    }
    .icon {
      font-weight: 700;
    }
    .green {
      color: #1b5e20;
      background: #e6f4e7;
    }
    .amber {
      color: #7a4100;
      background: #fff3dc;
    }
    .red {
      color: #a4161a;
      background: #fdeaea;
    }
    .grey {
      color: #4a5058;
      background: #eef0f3;
    }
  `,
})
export class StatusBadge {
  readonly status = input.required<FigureStatus>();
  /** The status in words, in the current language. */
  readonly label = input.required<string>();
  protected readonly icon = computed(() => ICONS[this.status()]);
}
