import { Controller, Get, Query, Req, Res, ServiceUnavailableException } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiQuery,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { periodLabel } from '@ws/sla-engine';
import { AuthenticatedUser, CurrentUser, Roles } from '@ws/server-access';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { ChromiumUnavailableError, PdfRenderer, ReportPageError } from './pdf-renderer';
import { RenderBusyError } from './render-slots';
import { checkReportScope, parseMonthlyReportQuery } from './report-query';

const SESSION_MINUTES = 10;

@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly renderer: PdfRenderer,
    private readonly dataSource: DataSource,
  ) {}

  @Get('monthly.pdf')
  @Roles('leadership', 'central_office', 'agency_manager')
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      "The monthly report (national, or one entity with agency) as a PDF, rendered by headless Chromium from the dashboard's /report/monthly page.",
    description:
      "Leadership and the central office: the national report and any entity's; an agency manager: their own entity's only (anything else 404). " +
      'At most REPORT_RENDER_CONCURRENCY renders at once per API process and as many waiting; beyond that, or when Chromium cannot start, 503 with Retry-After.',
  })
  @ApiQuery({ name: 'month', required: true, example: '2026-11' })
  @ApiQuery({ name: 'agency', required: false, example: 'MOI' })
  @ApiQuery({ name: 'lang', required: false, enum: ['ar', 'en'] })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The PDF (A4)' })
  @ApiServiceUnavailableResponse({
    description: 'Chromium unavailable or every renderer busy; Retry-After says when to try again',
  })
  async monthly(
    @Query() query: Record<string, unknown>,
    @CurrentUser() user: AuthenticatedUser,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const report = parseMonthlyReportQuery(query, periodLabel(Date.now(), 'month', 'Asia/Qatar'));
    await checkReportScope(this.dataSource.manager, user, report.agency);
    const token = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1] ?? '';
    const session = {
      token,
      expiresAt: new Date(Date.now() + SESSION_MINUTES * 60_000).toISOString(),
      user: { email: user.email, role: user.role, agency: user.agencyCode },
    };
    const path = `/report/monthly?${new URLSearchParams({ month: report.month, lang: report.lang, ...(report.agency ? { agency: report.agency } : {}) }).toString()}`;
    const pdf = await this.renderer.render(path, session, report.lang).catch((error: unknown) => {
      throw unavailable(error);
    });
    response.setHeader('Content-Type', 'application/pdf');
    response.setHeader(
      'Content-Disposition',
      `inline; filename="monthly-report-${report.month}-${report.agency ?? 'national'}-${report.lang}.pdf"`,
    );
    response.setHeader('Cache-Control', 'private, no-store');
    response.end(pdf);
  }
}

/** The renderer's known failures as a 503 (the exception filter adds Retry-After to every 503); anything else as it is. */
function unavailable(error: unknown): unknown {
  const reasons: [new (...args: never[]) => Error, string][] = [
    [
      ChromiumUnavailableError,
      'PDF rendering is unavailable: Chromium could not be started on the server.',
    ],
    [RenderBusyError, 'Every report renderer is busy; try again shortly.'],
    [ReportPageError, 'The report page could not load its figures; try again shortly.'],
  ];
  const reason = reasons.find(([type]) => error instanceof type);
  return reason ? new ServiceUnavailableException(reason[1]) : error;
}
