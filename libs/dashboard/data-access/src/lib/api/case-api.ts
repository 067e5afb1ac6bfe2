import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  BreachAcknowledgementRequest,
  BreachAcknowledgementResponse,
  CaseTimelineResponse,
} from '@ws/contracts';
import type { Observable } from 'rxjs';
import { API_BASE_URL } from '../api-base-url';

/** Typed client of one case: its timeline and the acknowledgement of a breached cycle. */
@Injectable({ providedIn: 'root' })
export class CaseApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  /** `GET /agencies/{agency}/cases/{caseId}`: events, cycles with pauses, notifications. */
  timeline(agency: string, caseId: string): Observable<CaseTimelineResponse> {
    return this.http.get<CaseTimelineResponse>(this.caseUrl(agency, caseId));
  }

  /** `POST .../cycles/{cycle}/acknowledgement` (agency managers of the case's agency). */
  acknowledge(
    agency: string,
    caseId: string,
    cycle: number,
    body: BreachAcknowledgementRequest,
  ): Observable<BreachAcknowledgementResponse> {
    return this.http.post<BreachAcknowledgementResponse>(
      `${this.caseUrl(agency, caseId)}/cycles/${cycle}/acknowledgement`,
      body,
    );
  }

  private caseUrl(agency: string, caseId: string): string {
    return `${this.baseUrl}/agencies/${encodeURIComponent(agency)}/cases/${encodeURIComponent(caseId)}`;
  }
}
