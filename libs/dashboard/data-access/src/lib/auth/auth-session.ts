import { DOCUMENT } from '@angular/common';
import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import type { LoginResponse, SessionUser, UserRole } from '@ws/contracts';
import { USER_ROLES } from '@ws/contracts';
import type { Observable } from 'rxjs';
import { catchError, map, of, tap } from 'rxjs';
import { API_BASE_URL } from '../api-base-url';

export const SESSION_STORAGE_KEY = 'ws.dashboard.session';

function isSession(value: unknown): value is LoginResponse {
  const v = value as Partial<LoginResponse> | null;
  return (
    typeof v?.token === 'string' &&
    typeof v.expiresAt === 'string' &&
    typeof v.user?.email === 'string' &&
    (USER_ROLES as readonly string[]).includes(v.user.role)
  );
}

/**
 * The signed-in user and their bearer token, kept in sessionStorage (gone with the tab, never
 * shared between tabs). What the dashboard shows by role is a convenience: the API enforces roles
 * and agency scoping on every request.
 */
@Injectable({ providedIn: 'root' })
export class AuthSession {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);
  private readonly document = inject(DOCUMENT);
  private readonly state = signal<LoginResponse | null>(this.restore());

  readonly user = computed<SessionUser | null>(() => this.state()?.user ?? null);
  readonly token = computed(() => this.state()?.token ?? null);
  readonly signedIn = computed(() => this.state() !== null);

  hasRole(...roles: UserRole[]): boolean {
    const user = this.user();
    return !!user && roles.includes(user.role);
  }

  /** `POST /auth/login`; on success the session is stored. Errors are the caller's to show. */
  signIn(email: string, password: string): Observable<SessionUser> {
    return this.http.post<LoginResponse>(`${this.baseUrl}/auth/login`, { email, password }).pipe(
      tap((session) => this.store(session)),
      map((session) => session.user),
    );
  }

  /** `POST /auth/logout` (best effort), then forgets the session in any case. */
  signOut(): Observable<void> {
    if (!this.token()) {
      return of(undefined);
    }
    return this.http.post<void>(`${this.baseUrl}/auth/logout`, null).pipe(
      catchError(() => of(undefined)),
      map(() => undefined),
      tap(() => this.clear()),
    );
  }

  /** Forgets the session locally (expired or revoked token). */
  clear(): void {
    this.state.set(null);
    this.storage()?.removeItem(SESSION_STORAGE_KEY);
  }

  private store(session: LoginResponse): void {
    this.state.set(session);
    this.storage()?.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
  }

  private restore(): LoginResponse | null {
    try {
      const parsed: unknown = JSON.parse(this.storage()?.getItem(SESSION_STORAGE_KEY) ?? 'null');
      if (isSession(parsed) && Date.parse(parsed.expiresAt) > Date.now()) {
        return parsed;
      }
    } catch {
      // unreadable: treated as signed out
    }
    return null;
  }

  private storage(): Storage | null {
    try {
      return this.document.defaultView?.sessionStorage ?? null;
    } catch {
      return null;
    }
  }
}
