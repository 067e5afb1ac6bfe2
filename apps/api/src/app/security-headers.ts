import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

type Directives = Record<
  string,
  Iterable<string | ((request: IncomingMessage, response: ServerResponse) => string)>
>;

/** The per-response nonce Angular puts on the `<style>` elements it adds (`ngCspNonce`). */
export function cspNonceOf(response: Response): string {
  return String(response.locals['cspNonce']);
}

const FRAMING = {
  'frame-ancestors': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'object-src': ["'none'"],
};

/** JSON answers load nothing and are never framed. */
const API_POLICY: Directives = { 'default-src': ["'none'"], ...FRAMING };

/**
 * The dashboard: its own scripts only; Angular's component styles carry the nonce; ECharts and
 * Angular's static `style="…"` attributes need inline style attributes (not elements, not script).
 */
const DASHBOARD_POLICY: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", (_request, response) => `'nonce-${cspNonceOf(response as Response)}'`],
  'style-src-attr': ["'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'worker-src': ["'none'"],
  ...FRAMING,
};

/** Swagger UI (`/api/docs`): its page has an inline `<style>` and data: icons. */
const DOCS_POLICY: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  ...FRAMING,
};

function helmetWith(directives: Directives): RequestHandler {
  return helmet({
    // upgrade-insecure-requests and HSTS belong to the TLS front (see docs/security.md); HSTS is sent, browsers honour it over HTTPS only.
    contentSecurityPolicy: { useDefaults: false, directives },
    frameguard: { action: 'deny' },
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
  });
}

/**
 * helmet's headers on every response, with the Content-Security-Policy of what is answered:
 * the API, its OpenAPI page, or the dashboard. API answers are never stored by caches
 * (`Cache-Control: no-store`) unless a route says otherwise (open data).
 */
export function securityHeaders(apiPrefix: string): RequestHandler {
  const api = helmetWith(API_POLICY);
  const docs = helmetWith(DOCS_POLICY);
  const dashboard = helmetWith(DASHBOARD_POLICY);
  return (request: Request, response: Response, next: NextFunction) => {
    const path = request.path;
    if (path.startsWith('/api/docs')) return docs(request, response, next);
    if (path.startsWith(`/${apiPrefix}/`) || path === `/${apiPrefix}`) {
      response.setHeader('Cache-Control', 'no-store');
      return api(request, response, next);
    }
    response.locals['cspNonce'] = randomBytes(16).toString('base64');
    return dashboard(request, response, next);
  };
}
