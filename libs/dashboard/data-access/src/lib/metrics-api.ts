import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ResolvedPerDayResponse } from '@ws/contracts';
import type { Observable } from 'rxjs';
import { API_BASE_URL } from './api-base-url';
import type { DateRange } from './date-range';

/** Typed client of the read API's metrics endpoints (`/api/v1/metrics/...`). */
@Injectable({ providedIn: 'root' })
export class MetricsApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  /** `GET /metrics/resolved`: resolved cases per local day, every day of the range listed. */
  resolvedPerDay(range: DateRange, agency?: string): Observable<ResolvedPerDayResponse> {
    let params = new HttpParams().set('from', range.from).set('to', range.to);
    if (agency) {
      params = params.set('agency', agency);
    }
    return this.http.get<ResolvedPerDayResponse>(`${this.baseUrl}/metrics/resolved`, { params });
  }
}
