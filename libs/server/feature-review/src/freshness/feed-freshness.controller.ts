import { Controller, Get, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FeedFreshnessResponse } from '@ws/contracts';
import { AuthenticatedUser, CurrentUser } from '@ws/server-access';
import { CsvExport, CsvInterceptor } from '@ws/server-http-csv';
import { DataSource } from 'typeorm';
import { listAgency } from '../scope/agency-scope';
import { feedFreshnessCsv } from './feed-freshness.csv';
import { FEED_FRESHNESS_EXAMPLE } from './feed-freshness.example';
import { isStale } from './working-time';

const HOUR_MS = 3_600_000;

interface Row {
  code: string;
  name_ar: string;
  name_en: string;
  feed_interval_hours: number;
  last_received_at: Date | null;
  last_processed_at: Date | null;
  waiting: number;
  oldest_waiting: Date | null;
}

@ApiTags('review')
@Controller('feeds')
@UseInterceptors(CsvInterceptor)
export class FeedFreshnessController {
  constructor(private readonly dataSource: DataSource) {}

  @Get('freshness')
  @CsvExport('feed-freshness', feedFreshnessCsv)
  @ApiOperation({
    summary:
      "Freshness of every agency feed: last batch received and processed, batches waiting, stale when nothing arrived within the agency's expected interval (feedIntervalHours, set by the central office, default 24) of working time (Sun-Thu).",
    description: 'Central office and leadership: every agency. Agency managers: their own agency only.',
  })
  @ApiOkResponse({ description: 'One row per agency', schema: { example: FEED_FRESHNESS_EXAMPLE } })
  async freshness(@CurrentUser() user: AuthenticatedUser): Promise<FeedFreshnessResponse> {
    const nowMs = Date.now();
    const agency = await listAgency(this.dataSource.manager, user, undefined);
    const rows: Row[] = await this.dataSource.query(
      `SELECT a.code, a.name_ar, a.name_en, a.feed_interval_hours, b.last_received_at, b.last_processed_at, COALESCE(b.waiting, 0)::int AS waiting, b.oldest_waiting
       FROM agency a
       LEFT JOIN (
         SELECT agency_id, max(received_at) AS last_received_at, max(processed_at) AS last_processed_at,
                count(*) FILTER (WHERE status <> 'processed') AS waiting, min(received_at) FILTER (WHERE status <> 'processed') AS oldest_waiting
         FROM event_batch GROUP BY agency_id) b ON b.agency_id = a.id
       WHERE $1::int IS NULL OR a.id = $1
       ORDER BY a.code`,
      [agency?.id ?? null],
    );
    return {
      asOf: new Date(nowMs).toISOString(),
      agencies: rows.map((row) => ({
        agency: { code: row.code, nameAr: row.name_ar, nameEn: row.name_en },
        lastReceivedAt: row.last_received_at?.toISOString() ?? null,
        lastProcessedAt: row.last_processed_at?.toISOString() ?? null,
        expectedIntervalHours: row.feed_interval_hours,
        stale: isStale(row.last_received_at?.getTime() ?? null, nowMs, row.feed_interval_hours * HOUR_MS),
        batchesWaiting: row.waiting,
        oldestWaitingSince: row.oldest_waiting?.toISOString() ?? null,
      })),
    };
  }
}
