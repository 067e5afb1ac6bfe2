import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import { API_BASE_URL } from '../api-base-url';
import type {
  AdminAgency,
  AdminCalendar,
  AdminFeedKey,
  AdminKpi,
  AdminService,
  AdminUser,
  AgencyChange,
  CalendarPublishInput,
  AgencyInput,
  CreatedFeedKey,
  CreatedUser,
  FeedKeyInput,
  HolidayConfirmationInput,
  KpiTargetInput,
  ServiceInput,
  SlaInput,
  UserInput,
} from './admin-types';

/** Typed client of the administration API (writes: central office only; see docs/catalogue.md). */
@Injectable({ providedIn: 'root' })
export class AdminApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  agencies(): Observable<AdminAgency[]> {
    return this.http.get<AdminAgency[]>(this.url('agencies'));
  }
  createAgency(input: AgencyInput): Observable<AdminAgency> {
    return this.http.post<AdminAgency>(this.url('agencies'), input);
  }
  /** Activates or deactivates an agency, or sets its expected feed interval. */
  updateAgency(code: string, change: AgencyChange): Observable<AdminAgency> {
    return this.http.patch<AdminAgency>(this.url('agencies', code), change);
  }

  services(): Observable<AdminService[]> {
    return this.http.get<AdminService[]>(this.url('services'));
  }
  createService(input: ServiceInput): Observable<AdminService> {
    return this.http.post<AdminService>(this.url('services'), input);
  }
  /** A new SLA version, for cases opened from now on. */
  publishSla(code: string, sla: SlaInput): Observable<AdminService> {
    return this.http.put<AdminService>(`${this.url('services', code)}/sla`, sla);
  }

  calendars(): Observable<AdminCalendar[]> {
    return this.http.get<AdminCalendar[]>(this.url('calendars'));
  }
  /** Confirms the provisional holiday starting on `date`, moved to `input.date` if given. */
  confirmHoliday(
    code: string,
    date: string,
    input: HolidayConfirmationInput,
  ): Observable<AdminCalendar> {
    return this.http.post<AdminCalendar>(
      `${this.url('calendars', code)}/holidays/${date}/confirm`,
      input,
    );
  }
  /** Publishes the next version of a calendar (its working or Ramadan hours changed). */
  publishCalendar(code: string, input: CalendarPublishInput): Observable<AdminCalendar> {
    return this.http.put<AdminCalendar>(this.url('calendars', code), input);
  }

  kpis(): Observable<AdminKpi[]> {
    return this.http.get<AdminKpi[]>(this.url('kpis'));
  }
  setKpiTarget(code: string, input: KpiTargetInput): Observable<AdminKpi> {
    return this.http.put<AdminKpi>(`${this.url('kpis', code)}/target`, input);
  }

  users(): Observable<AdminUser[]> {
    return this.http.get<AdminUser[]>(this.url('users'));
  }
  createUser(input: UserInput): Observable<CreatedUser> {
    return this.http.post<CreatedUser>(this.url('users'), input);
  }

  feedKeys(): Observable<AdminFeedKey[]> {
    return this.http.get<AdminFeedKey[]>(this.url('feed-keys'));
  }
  createFeedKey(input: FeedKeyInput): Observable<CreatedFeedKey> {
    return this.http.post<CreatedFeedKey>(this.url('feed-keys'), input);
  }
  revokeFeedKey(id: number): Observable<void> {
    return this.http.delete<void>(`${this.url('feed-keys')}/${id}`);
  }

  private url(collection: string, code?: string): string {
    return code
      ? `${this.baseUrl}/${collection}/${encodeURIComponent(code)}`
      : `${this.baseUrl}/${collection}`;
  }
}
