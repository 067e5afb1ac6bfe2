import { CallHandler, ExecutionContext, Injectable, NestInterceptor, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { map, Observable } from 'rxjs';
import { ROW_COUNT_HEADER } from './csv-batches';
import { CSV_CONTENT_TYPE, CsvTable, formatCsv } from './csv-format';

const CSV_EXPORT_KEY = 'csv-export';

interface CsvExportOptions<T> {
  /** Download name without extension, e.g. `sla-adherence`. */
  filename: string;
  table: (body: T) => CsvTable;
}

/** The route also answers CSV (`?format=csv` or `Accept: text/csv`), as this table of its JSON body. */
export function CsvExport<T>(filename: string, table: (body: T) => CsvTable): MethodDecorator {
  return SetMetadata(CSV_EXPORT_KEY, { filename, table } satisfies CsvExportOptions<T>);
}

/** A JSON route asked for CSV: by `?format=csv`, or an Accept header that names text/csv. */
export function wantsCsv(request: Pick<Request, 'query' | 'headers'>): boolean {
  if (request.query['format'] !== undefined) return request.query['format'] === 'csv';
  return (request.headers.accept ?? '').toLowerCase().includes('text/csv');
}

/** Turns the JSON body of a `@CsvExport` route into a UTF-8 CSV download when CSV is asked for, its row count in `X-Total-Count` (`HEAD` answers that alone). */
@Injectable()
export class CsvInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const options = this.reflector.get<CsvExportOptions<unknown> | undefined>(CSV_EXPORT_KEY, context.getHandler());
    const http = context.switchToHttp();
    if (!options || !wantsCsv(http.getRequest<Request>())) return next.handle();
    const response = http.getResponse<Response>();
    return next.handle().pipe(
      map((body: unknown) => {
        const table = options.table(body);
        response.setHeader('Content-Type', CSV_CONTENT_TYPE);
        response.setHeader('Content-Disposition', `attachment; filename="${options.filename}.csv"`);
        response.setHeader(ROW_COUNT_HEADER, String(table.records.length));
        return formatCsv(table);
      }),
    );
  }
}
