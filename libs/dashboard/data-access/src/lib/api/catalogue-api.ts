import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { NamedRef } from '@ws/contracts';
import type { Observable } from 'rxjs';
import { API_BASE_URL } from '../api-base-url';
import { queryParams } from './query-params';

/** The six pillars of the digital-government maturity model, scored 1-5. */
export const MATURITY_PILLARS = [
  'leadership',
  'technology',
  'eServices',
  'data',
  'sdg',
  'cybersecurity',
] as const;
export type MaturityPillar = (typeof MATURITY_PILLARS)[number];

/** `GET /maturity`: one self-assessment of an entity. */
export interface MaturityAssessment {
  agency: string;
  assessedOn: string;
  scores: Record<MaturityPillar, number>;
  demo: boolean;
}

/** `GET /agencies` row, as far as the dashboard reads it. */
export interface AgencyEntry extends NamedRef {
  active: boolean;
}

/** `GET /services` row, as far as the dashboard reads it. */
export interface ServiceEntry extends NamedRef {
  agency: string;
  digitised: boolean;
  inScope: boolean;
  active: boolean;
  demo: boolean;
}

/** Typed client of the catalogue: entities, services and maturity assessments. */
@Injectable({ providedIn: 'root' })
export class CatalogueApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);
  agencies(): Observable<AgencyEntry[]> {
    return this.http.get<AgencyEntry[]>(`${this.baseUrl}/agencies`);
  }

  services(agency?: string): Observable<ServiceEntry[]> {
    return this.http.get<ServiceEntry[]>(`${this.baseUrl}/services`, {
      params: queryParams({ agency }),
    });
  }

  maturity(agency?: string): Observable<MaturityAssessment[]> {
    return this.http.get<MaturityAssessment[]>(`${this.baseUrl}/maturity`, {
      params: queryParams({ agency }),
    });
  }
}
