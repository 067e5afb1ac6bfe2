import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import { API_BASE_URL } from '../api-base-url';
import type { MaturityAssessment, MaturityPillar } from './catalogue-api';

/** `GET /maturity` with what the administration shows: evidence, revision, who recorded it. */
export interface MaturityRecord extends MaturityAssessment {
  evidence: Partial<Record<MaturityPillar, string>>;
  revision: number;
  recordedBy: string;
  recordedAt: string;
}

/** What a form sends: scores as typed (text that is not a number goes as text, for the API to name). */
export interface MaturityContent {
  scores: Record<MaturityPillar, number>;
  evidence: Record<MaturityPillar, string>;
}

export interface MaturityRecordInput extends MaturityContent {
  agency: string;
  assessedOn: string;
}

export interface MaturityRevisionInput extends MaturityContent {
  reason: string;
}

/** One difference between a revision and the one before it. */
export interface MaturityChange {
  pillar: MaturityPillar;
  field: 'score' | 'evidence';
  before: number | string | null;
  after: number | string;
}

/** `GET /maturity/{agency}/{assessedOn}/revisions` row. */
export interface MaturityRevision {
  revision: number;
  revisedBy: string;
  revisedAt: string;
  reason: string;
  scores: Record<MaturityPillar, number>;
  evidence: Partial<Record<MaturityPillar, string>>;
  changes: MaturityChange[];
}

/** Typed client of the maturity assessments (writes: central office only; see docs/catalogue.md). */
@Injectable({ providedIn: 'root' })
export class MaturityApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  list(): Observable<MaturityRecord[]> {
    return this.http.get<MaturityRecord[]>(`${this.baseUrl}/maturity`);
  }
  record(input: MaturityRecordInput): Observable<MaturityRecord> {
    return this.http.post<MaturityRecord>(`${this.baseUrl}/maturity`, input);
  }
  revise(
    agency: string,
    assessedOn: string,
    input: MaturityRevisionInput,
  ): Observable<MaturityRecord> {
    return this.http.put<MaturityRecord>(this.assessmentUrl(agency, assessedOn), input);
  }
  revisions(agency: string, assessedOn: string): Observable<MaturityRevision[]> {
    return this.http.get<MaturityRevision[]>(`${this.assessmentUrl(agency, assessedOn)}/revisions`);
  }

  private assessmentUrl(agency: string, assessedOn: string): string {
    return `${this.baseUrl}/maturity/${encodeURIComponent(agency)}/${encodeURIComponent(assessedOn)}`;
  }
}
