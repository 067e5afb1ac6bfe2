import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  BreachReviewCategory,
  BreachReviewResponse,
  BreachReviewSort,
  ErrorBudgetResponse,
  FeedFreshnessResponse,
  ReviewSummaryResponse,
} from '@ws/contracts';
import type { Observable } from 'rxjs';
import { API_BASE_URL } from '../api-base-url';
import { queryParams } from './query-params';

export interface BreachListQuery {
  agency?: string;
  service?: string;
  status?: BreachReviewCategory;
  from?: string;
  to?: string;
  sort?: BreachReviewSort;
  page?: number;
  pageSize?: number;
}

/** Typed client of the review side: breach counts and lists, error budgets, feed freshness. */
@Injectable({ providedIn: 'root' })
export class ReviewApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  /** Open breaches and at-risk cases now (all entities, or the manager's own). */
  summary(agency?: string): Observable<ReviewSummaryResponse> {
    return this.get('review/summary', { agency });
  }

  breaches(query: BreachListQuery): Observable<BreachReviewResponse> {
    return this.get('review/breaches', { ...query });
  }

  /** `quarter` like `2026-Q4` (default: the current quarter). */
  errorBudgets(quarter?: string, agency?: string): Observable<ErrorBudgetResponse> {
    return this.get('error-budgets', { quarter, agency });
  }

  feedFreshness(): Observable<FeedFreshnessResponse> {
    return this.get('feeds/freshness', {});
  }

  private get<T>(path: string, values: Record<string, string | number | undefined>): Observable<T> {
    return this.http.get<T>(`${this.baseUrl}/${path}`, { params: queryParams(values) });
  }
}
