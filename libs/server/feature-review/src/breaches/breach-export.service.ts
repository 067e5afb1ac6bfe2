import { Injectable } from '@nestjs/common';
import { AuthenticatedUser } from '@ws/server-access';
import { CSV_CONTENT_TYPE, CsvBatches, ROW_COUNT_HEADER } from '@ws/server-http-csv';
import type { Request, Response } from 'express';
import { once } from 'node:events';
import { DataSource, QueryRunner } from 'typeorm';
import { optional, queryChecker } from '../scope/query-params';
import { BREACH_REVIEW_COLUMNS, breachReviewRecords } from './breach-review.csv';
import {
  countReviewItems,
  reviewItemOf,
  ReviewItemRow,
  reviewItemsSql,
  reviewParameters,
} from './breach-review.queries';
import { BreachReviewService } from './breach-review.service';

/** Rows fetched from the cursor at a time: the export holds one batch in memory, never the list. */
export const EXPORT_BATCH_ROWS = 1000;
const CURSOR = 'breach_review_export';
/** The list's parameters without the paging (an export is every page). */
const EXPORT_PARAMETERS = ['agency', 'service', 'status', 'from', 'to', 'sort', 'format'];

/**
 * The whole review list for the filters as one CSV, streamed from a Postgres cursor in batches
 * with back-pressure; its row count (from the same snapshot) in `X-Total-Count`, which `HEAD`
 * answers alone.
 */
@Injectable()
export class BreachExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly review: BreachReviewService,
  ) {}

  async export(
    user: AuthenticatedUser,
    query: Record<string, unknown>,
    nowMs: number,
    request: Request,
    response: Response,
  ): Promise<void> {
    const check = queryChecker(query, []);
    for (const field of Object.keys(query).filter((name) => !EXPORT_PARAMETERS.includes(name))) {
      check.fail(
        field,
        'unknown',
        `is not a parameter of the export (${EXPORT_PARAMETERS.join(', ')})`,
      );
    }
    optional(check, 'format', (field) => check.oneOf(field, ['csv']));
    const { filter, sort, status } = await this.review.readFilter(user, check, nowMs);
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      // One snapshot for the count and the rows, so the header always matches the file.
      await runner.startTransaction('REPEATABLE READ');
      const total = await countReviewItems(runner.manager, filter);
      response.setHeader('Content-Type', CSV_CONTENT_TYPE);
      response.setHeader(
        'Content-Disposition',
        `attachment; filename="breach-review-${status ?? 'all'}.csv"`,
      );
      response.setHeader(ROW_COUNT_HEADER, String(total));
      if (request.method === 'HEAD') {
        response.end();
        return;
      }
      await runner.query(
        `DECLARE ${CURSOR} NO SCROLL CURSOR FOR ${reviewItemsSql(filter, sort)}`,
        reviewParameters(filter),
      );
      await streamRows(runner, response);
    } catch (error) {
      if (!response.headersSent) throw error;
      response.destroy(error instanceof Error ? error : new Error(String(error)));
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
  }
}

async function streamRows(runner: QueryRunner, response: Response): Promise<void> {
  const csv = new CsvBatches(BREACH_REVIEW_COLUMNS);
  let closed = false;
  response.once('close', () => (closed = true));
  response.write(csv.start());
  while (!closed) {
    const rows: ReviewItemRow[] = await runner.query(
      `FETCH FORWARD ${EXPORT_BATCH_ROWS} FROM ${CURSOR}`,
    );
    if (rows.length === 0) break;
    const written = response.write(csv.lines(breachReviewRecords(rows.map(reviewItemOf))));
    if (!written && !closed) await Promise.race([once(response, 'drain'), once(response, 'close')]);
  }
  response.end();
}
