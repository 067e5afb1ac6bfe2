import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import type { Digits } from '@ws/dashboard-util-format';
import { AuthSession, I18n, PAGES_BY_ROLE, SIGN_IN_PATH } from '@ws/dashboard-data-access';
import { LiveBreachCount } from './live-breach-count';

type Page = 'scorecard' | 'tracking' | 'review' | 'admin';

/**
 * The shell: header (product name, the pages the signed-in role may open, live breach count,
 * digits and language switches, user and sign-out) and the routed page.
 */
@Component({
  selector: 'ws-root',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, LiveBreachCount],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './app.html',
  styleUrl: './app.css',
})
export class App {
  private readonly router = inject(Router);
  protected readonly auth = inject(AuthSession);
  protected readonly i18n = inject(I18n);
  protected readonly t = this.i18n.t;

  protected readonly pages = computed<readonly Page[]>(() => {
    const user = this.auth.user();
    return user ? (PAGES_BY_ROLE[user.role] as readonly Page[]) : [];
  });
  /** Leadership reads national figures only; the others see the live breach count. */
  protected readonly showsBreaches = computed(() =>
    this.auth.hasRole('central_office', 'agency_manager'),
  );

  protected setDigits(digits: Digits): void {
    this.i18n.setDigits(digits);
  }

  protected signOut(): void {
    this.auth.signOut().subscribe(() => void this.router.navigateByUrl(SIGN_IN_PATH));
  }

  protected focusMain(event: Event): void {
    event.preventDefault();
    document.getElementById('main')?.focus();
  }
}
