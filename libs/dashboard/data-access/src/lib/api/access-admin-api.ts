import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { RotatedFeedKey } from '@ws/contracts';
import type { Observable } from 'rxjs';
import { API_BASE_URL } from '../api-base-url';
import type { AdminUser } from './admin-types';

/** Who may get in: user deactivation and feed-key rotation (central office only; docs/security.md). */
@Injectable({ providedIn: 'root' })
export class AccessAdminApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  /** Deactivation ends the user's sessions at once; reactivation lets it sign in again. */
  setUserActive(email: string, active: boolean): Observable<AdminUser> {
    return this.http.patch<AdminUser>(`${this.baseUrl}/users/${encodeURIComponent(email)}`, {
      active,
    });
  }

  /** A new key for the key's agency; the old one keeps working for `overlapHours`. */
  rotateFeedKey(id: number, overlapHours: number): Observable<RotatedFeedKey> {
    return this.http.post<RotatedFeedKey>(`${this.baseUrl}/feed-keys/${id}/rotate`, {
      overlapHours,
    });
  }
}
