import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ActivatedRoute, Router } from '@angular/router';
import { AuthSession, I18n, LANDING_PATH } from '@ws/dashboard-data-access';
import type { SignInText } from './sign-in-text';
import { SIGN_IN_TEXT } from './sign-in-text';

type Failure = keyof Pick<
  SignInText,
  'wrongCredentials' | 'tooManyAttempts' | 'invalidInput' | 'unavailable'
>;

/** Why the sign-in failed, from the API's status code. */
export function signInFailure(error: unknown): Failure {
  const status = error instanceof HttpErrorResponse ? error.status : 0;
  if (status === 401) return 'wrongCredentials';
  if (status === 429) return 'tooManyAttempts';
  if (status === 400) return 'invalidInput';
  return 'unavailable';
}

/** Only a path of this app: never another origin (`//evil.test`, `https:`). */
export function safeReturnUrl(value: string | null): string | null {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/sign-in')
    ? value
    : null;
}

/** Email and password; on success the role's landing page, or the page the user came from. */
@Component({
  selector: 'ws-sign-in-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './sign-in-page.html',
  styleUrl: './sign-in-page.css',
})
export class SignInPage {
  private readonly auth = inject(AuthSession);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly i18n = inject(I18n);
  protected readonly text = this.i18n.select(SIGN_IN_TEXT);
  protected readonly busy = signal(false);
  protected readonly failure = signal<Failure | null>(null);

  protected submit(event: Event, email: string, password: string): void {
    event.preventDefault();
    if (this.busy()) return;
    if (!email.trim() || !password) {
      this.failure.set('invalidInput');
      return;
    }
    this.busy.set(true);
    this.failure.set(null);
    this.auth.signIn(email.trim(), password).subscribe({
      next: (user) => {
        const back = safeReturnUrl(this.route.snapshot.queryParamMap.get('returnUrl'));
        void this.router.navigateByUrl(back ?? LANDING_PATH[user.role]);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.failure.set(signInFailure(error));
      },
    });
  }
}
