import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { DenialAudit } from '@ws/server-access';
import { ApiConfig } from '@ws/server-config';
import { FEED_EVENTS_ROUTE } from '@ws/server-ingestion';
import type { NextFunction, Request, Response } from 'express';
import { RequestParametersInterceptor } from '@ws/server-validation';
import type { IncomingMessage } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiExceptionFilter } from './api-exception.filter';
import { documentAccess } from './openapi-access';
import { cspNonceOf, securityHeaders } from './security-headers';
import { bodyParserErrors, percentEncodedPath } from './request-errors';

export const API_PREFIX = 'api/v1';

/** Prefix, security headers, body limits, error bodies, OpenAPI and the dashboard: the whole HTTP surface. */
export function configureHttp(
  app: NestExpressApplication,
  config: Pick<ApiConfig, 'DASHBOARD_DIR'>,
): void {
  app.setGlobalPrefix(API_PREFIX);
  app.use(securityHeaders(API_PREFIX));
  // The feed reads its own body (JSON, NDJSON or CSV) as a counted stream: the global parser skips it.
  app.use(percentEncodedPath);
  app.useBodyParser('json', {
    limit: '10mb',
    type: (request: IncomingMessage) => isJson(request) && !isFeedRequest(request),
  });
  app.use(bodyParserErrors);
  app.useGlobalFilters(new ApiExceptionFilter(app.get(DenialAudit)));
  // Query and path parameters as the OpenAPI document declares them, before any handler runs.
  app.useGlobalInterceptors(new RequestParametersInterceptor());
  app.disable('x-powered-by');

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('National SLA performance platform')
      .setDescription('Agency event feed and read API (see the event-feed contract).')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  documentAccess(app, document);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });

  if (config.DASHBOARD_DIR && existsSync(join(config.DASHBOARD_DIR, 'index.html'))) {
    serveDashboard(app, config.DASHBOARD_DIR);
  }
}

function isJson(request: IncomingMessage): boolean {
  return (
    (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ===
    'application/json'
  );
}

function isFeedRequest(request: IncomingMessage): boolean {
  return (request.url ?? '').split('?')[0] === `/${API_PREFIX}/${FEED_EVENTS_ROUTE}`;
}

/**
 * Static files of the built dashboard, with the SPA fallback for its client-side routes. The
 * index page is rendered per request with the Content-Security-Policy nonce on `<ws-root>`
 * (Angular's `ngCspNonce`), so it is never cached.
 */
function serveDashboard(app: NestExpressApplication, dir: string): void {
  const template = readFileSync(join(dir, 'index.html'), 'utf8');
  if (!template.includes('<ws-root>'))
    throw new Error(`${dir}/index.html has no <ws-root> element to put the CSP nonce on`);
  const sendIndex = (response: Response) => {
    response.setHeader('Cache-Control', 'no-store');
    response
      .type('html')
      .send(template.replace('<ws-root>', `<ws-root ngCspNonce="${cspNonceOf(response)}">`));
  };
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (request.method === 'GET' && request.path === '/index.html') sendIndex(response);
    else next();
  });
  app.useStaticAssets(dir, { index: false, maxAge: '1h' });
  app.use((request: Request, response: Response, next: NextFunction) => {
    const isApi = request.path.startsWith('/api/');
    if (request.method === 'GET' && !isApi && !request.path.includes('.')) sendIndex(response);
    else next();
  });
}
