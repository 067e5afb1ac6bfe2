import { Injectable, inject } from '@angular/core';
import { API_BASE_URL } from '../api-base-url';

type ParamValue = string | number | null | undefined;

/** The API's CSV export of a list or series for the page's filters (structurally ui-table's `ExportSource`). */
export interface ApiExport {
  url: string;
  params: Record<string, string | number>;
  filename: string;
}

function present(values: Record<string, ParamValue>): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(values).filter(
      (entry): entry is [string, string | number] =>
        entry[1] !== null && entry[1] !== undefined && entry[1] !== '',
    ),
  );
}

/** Where a page's downloads come from: the API's full CSV for the same query as its JSON, never the rows on screen. */
@Injectable({ providedIn: 'root' })
export class ApiExports {
  private readonly baseUrl = inject(API_BASE_URL);

  /** `GET <path>?<query>&format=csv` of a list or series endpoint. */
  csv(path: string, query: Record<string, ParamValue>, filename: string): ApiExport {
    return {
      url: `${this.baseUrl}/${path}`,
      params: { ...present(query), format: 'csv' },
      filename,
    };
  }

  /** The whole breach review list for the filters, streamed (`/review/breaches/export`, no paging). */
  breaches(query: {
    status?: string | null;
    agency?: string | null;
    service?: string | null;
    from?: string | null;
    to?: string | null;
    sort?: string | null;
  }): ApiExport {
    return {
      url: `${this.baseUrl}/review/breaches/export`,
      params: present(query),
      filename: `breach-review-${query.status ?? 'all'}.csv`,
    };
  }
}
