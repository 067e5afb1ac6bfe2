import { HttpParams } from '@angular/common/http';

type ParamValue = string | number | null | undefined;

/** Query parameters without the empty ones: the API refuses unknown or blank parameters. */
export function queryParams(values: Record<string, ParamValue>): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && value !== null && value !== '') {
      params = params.set(key, String(value));
    }
  }
  return params;
}
