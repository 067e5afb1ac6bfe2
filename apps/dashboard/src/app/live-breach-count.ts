import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { ReviewSummaryResponse } from '@ws/contracts';
import { I18n, ReviewApi } from '@ws/dashboard-data-access';
import { RouterLink } from '@angular/router';
import { EMPTY, catchError, switchMap, timer } from 'rxjs';

/** How often the header asks for the open-breach count (the API's summary is cheap). */
export const BREACH_POLL_MS = 20_000;

/**
 * Open breaches and at-risk cases now, in the header, refreshed without a reload. A failed poll
 * keeps the last figures (the next poll tries again).
 */
@Component({
  selector: 'ws-live-breach-count',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (summary(); as s) {
      <a
        class="live"
        routerLink="/review"
        data-testid="live-breaches"
        [attr.aria-label]="label()"
        aria-live="polite"
      >
        <span class="count" data-testid="live-open-breaches">{{ i18n.number(s.openBreaches) }}</span>
        {{ t().app.openBreaches }}
        <span class="sep" aria-hidden="true">·</span>
        <span class="count">{{ i18n.number(s.atRisk) }}</span>
        {{ t().app.atRisk }}
      </a>
    }
  `,
  styles: `
    .live {
      color: #fff;
      text-decoration: none;
      font-size: 0.875rem;
      padding: 0.25rem 0.625rem;
      border: 1px solid rgb(255 255 255 / 60%);
      border-radius: 999px;
      white-space: nowrap;
    }
    .count {
      font-weight: 700;
    }
    .sep {
      margin-inline: 0.25rem;
    }
  `,
})
export class LiveBreachCount {
  private readonly review = inject(ReviewApi);
  protected readonly i18n = inject(I18n);
  protected readonly t = this.i18n.t;
  /** The manager's agency; null for every agency (central office). */
  readonly agency = input<string | null>(null);

  protected readonly summary = toSignal<ReviewSummaryResponse | null>(
    toObservable(this.agency).pipe(
      switchMap((agency) =>
        timer(0, BREACH_POLL_MS).pipe(
          switchMap(() =>
            this.review.summary(agency ?? undefined).pipe(catchError(() => EMPTY)),
          ),
        ),
      ),
    ),
    { initialValue: null },
  );

  protected readonly label = computed(() => {
    const s = this.summary();
    const t = this.t().app;
    return s
      ? `${this.i18n.number(s.openBreaches)} ${t.openBreaches}, ${this.i18n.number(s.atRisk)} ${t.atRisk}`
      : '';
  });
}
