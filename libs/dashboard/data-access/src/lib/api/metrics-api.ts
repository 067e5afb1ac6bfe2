import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  BacklogResponse,
  DigitisedResponse,
  LeagueResponse,
  MatrixResponse,
  MetricsFilter,
  OpenDataMonthlyResponse,
  SatisfactionSeriesResponse,
  ScorecardProjectionResponse,
  ScorecardResponse,
  SlaSeriesResponse,
  VolumesResponse,
} from '@ws/contracts';
import type { Observable } from 'rxjs';
import { API_BASE_URL } from '../api-base-url';
import { queryParams } from './query-params';

/** Entity, service, requester and channel: the scope of figures "now" or of the catalogue. */
export type ScopeFilter = Pick<MetricsFilter, 'agency' | 'service' | 'requestingAgency' | 'channel'>;

/** An inclusive range of local dates (Asia/Qatar), both `YYYY-MM-DD`. */
export interface DateRange {
  from: string;
  to: string;
}

/** Typed client of the read API's figures (`/metrics/*`, `/scorecard`, `/league`, `/matrix`). */
@Injectable({ providedIn: 'root' })
export class MetricsApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  sla(filter: MetricsFilter): Observable<SlaSeriesResponse> {
    return this.get('metrics/sla', { ...filter });
  }

  satisfaction(filter: Omit<MetricsFilter, 'cycles'>): Observable<SatisfactionSeriesResponse> {
    return this.get('metrics/satisfaction', { ...filter });
  }

  volumes(filter: Omit<MetricsFilter, 'cycles'>): Observable<VolumesResponse> {
    return this.get('metrics/volumes', { ...filter });
  }

  digitised(scope: ScopeFilter = {}): Observable<DigitisedResponse> {
    return this.get('metrics/digitised', { ...scope });
  }

  backlog(scope: ScopeFilter = {}): Observable<BacklogResponse> {
    return this.get('metrics/backlog', { ...scope });
  }

  /** The three NDS3 KPIs of a year (default: this year). */
  scorecard(year?: number): Observable<ScorecardResponse> {
    return this.get('scorecard', { year });
  }

  /** Each NDS3 target's monthly trend extended to 2030 with its band ("will we make 2030?"). */
  scorecardProjection(): Observable<ScorecardProjectionResponse> {
    return this.get('scorecard/projection', {});
  }

  league(range: DateRange): Observable<LeagueResponse> {
    return this.get('league', { ...range });
  }

  /** Requesting x providing entity adherence of inter-entity services. */
  matrix(range: DateRange): Observable<MatrixResponse> {
    return this.get('matrix', { ...range });
  }

  /** Monthly figures per entity and national of a year (the open-data table). */
  openDataMonthly(year: number): Observable<OpenDataMonthlyResponse> {
    return this.get('open-data/monthly', { year });
  }

  private get<T>(path: string, values: Record<string, string | number | undefined>): Observable<T> {
    return this.http.get<T>(`${this.baseUrl}/${path}`, { params: queryParams(values) });
  }
}
