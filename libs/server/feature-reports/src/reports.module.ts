import { DynamicModule, Module } from '@nestjs/common';
import { PdfRenderer, REPORT_RENDER_OPTIONS, ReportRenderOptions } from './pdf-renderer';
import { ReportsController } from './reports.controller';

/** Leadership's printable reports: the monthly report as a PDF rendered by headless Chromium. */
@Module({})
export class ReportsModule {
  static forRoot(
    options: Omit<ReportRenderOptions, 'timeoutMs'> & { timeoutMs?: number },
  ): DynamicModule {
    return {
      module: ReportsModule,
      controllers: [ReportsController],
      providers: [
        PdfRenderer,
        {
          provide: REPORT_RENDER_OPTIONS,
          useValue: { timeoutMs: 30_000, ...options } satisfies ReportRenderOptions,
        },
      ],
    };
  }
}
