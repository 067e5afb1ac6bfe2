import { InjectionToken } from '@angular/core';

/**
 * Base URL of the platform's HTTP API. The API serves the dashboard from the same origin, so the
 * default is relative; the dev server proxies `/api` to the local API.
 */
export const API_BASE_URL = new InjectionToken<string>('API_BASE_URL', {
  providedIn: 'root',
  factory: () => '/api/v1',
});
