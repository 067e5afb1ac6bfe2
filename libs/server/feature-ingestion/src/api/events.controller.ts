import {
  Controller,
  Get,
  HttpCode,
  Inject,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Post,
  Req,
  Res,
  UseGuards,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiOperation,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import { BatchAcceptedResponse, BatchStatusResponse } from '@ws/contracts';
import { Public } from '@ws/server-access';
import { FeedKeyOwner } from '@ws/server-database';
import { fieldBadRequest } from '@ws/server-validation';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { BatchWriter } from './batch-writer.service';
import { checkFeedRequest, FEED_MEDIA_TYPES, readFeedBody } from './body/feed-body';
import { FeedKeyGuard, FeedRequest } from './feed-key.guard';
import { FEED_LIMITS, FeedLimits } from './feed-limits';
import { FeedRateGate } from './feed-rate-gate';
import { ACCEPTED_SCHEMA, ERROR_SCHEMA } from './feed-openapi';

/** The path of `POST /events` under the API prefix; its body is read here, not by a global parser. */
export const FEED_EVENTS_ROUTE = 'events';

function ownerOf(request: FeedRequest): FeedKeyOwner {
  if (!request.feedKeyOwner) throw new Error('FeedKeyGuard did not run');
  return request.feedKeyOwner;
}

const error = (status: number, description: string) => ({
  status,
  description,
  schema: ERROR_SCHEMA,
});

const BATCH_ID = new ParseUUIDPipe({
  exceptionFactory: () =>
    fieldBadRequest(
      'batchId',
      'uuid',
      'batchId must be a batch id (a UUID, as returned in the 202)',
    ),
});

@ApiTags('feed')
@ApiBearerAuth()
@Public()
@UseGuards(FeedKeyGuard)
@Controller()
export class EventsController {
  constructor(
    private readonly writer: BatchWriter,
    private readonly rateGate: FeedRateGate,
    private readonly dataSource: DataSource,
    @Inject(FEED_LIMITS) private readonly limits: FeedLimits,
  ) {}

  @Post(FEED_EVENTS_ROUTE)
  @HttpCode(202)
  @ApiOperation({
    summary:
      'Send a batch of case and survey events: a JSON array, NDJSON or CSV with a header row; at most 10,000 events and 10 MB.',
    description:
      'CSV columns: eventId, type, caseId, serviceCode, occurredAt, channel, requestingAgency, reason, survey.score, survey.scale, attributes.<name>; ' +
      'empty cells are absent. An NDJSON line or CSV row that cannot be read is a rejected event at its index.',
  })
  @ApiConsumes(...FEED_MEDIA_TYPES)
  @ApiBody({ schema: { type: 'array', items: { type: 'object' } } })
  @ApiResponse({
    status: 202,
    description: 'The valid events are committed; rejected ones are listed with their errors.',
    schema: ACCEPTED_SCHEMA,
  })
  @ApiResponse(
    error(
      400,
      'Nothing of the body could be read (the message names the line and column, or the CSV row).',
    ),
  )
  @ApiResponse(error(401, 'No feed key, or an unknown or revoked one.'))
  @ApiResponse(
    error(
      408,
      'The body stopped arriving (FEED_BODY_IDLE_TIMEOUT_MS, 20 s by default); nothing was kept.',
    ),
  )
  @ApiResponse(error(413, 'More than 10 MB or more than 10,000 events.'))
  @ApiResponse(error(415, 'Not application/json, application/x-ndjson or text/csv.'))
  @ApiResponse(error(429, "Over the agency's rate; see Retry-After (seconds)."))
  @ApiResponse(error(503, 'Storage unavailable; nothing was kept; see Retry-After (seconds).'))
  async receive(
    @Req() request: FeedRequest,
    @Res({ passthrough: true }) response: Response,
  ): Promise<BatchAcceptedResponse> {
    const owner = ownerOf(request);
    checkFeedRequest(request);
    await this.rateGate.pass(owner.agencyId, response);
    const items = await readFeedBody(request, this.limits.bodyIdleMs);
    return this.writer.accept(owner, items, Date.now());
  }

  @Get('batches/:batchId')
  @ApiOperation({ summary: 'The processing state of a batch this agency sent.' })
  async status(
    @Req() request: FeedRequest,
    @Param('batchId', BATCH_ID) batchId: string,
  ): Promise<BatchStatusResponse> {
    const rows: {
      status: BatchStatusResponse['status'];
      accepted: number;
      duplicates: number;
      rejected: number;
      received_at: Date;
      processed_at: Date | null;
    }[] = await this.dataSource.query(
      `SELECT status, accepted, duplicates, rejected, received_at, processed_at
       FROM event_batch WHERE id = $1 AND agency_id = $2`,
      [batchId, ownerOf(request).agencyId],
    );
    const row = rows[0];
    if (!row) throw new NotFoundException(`No batch ${batchId} for your agency.`);
    return {
      batchId,
      status: row.status,
      accepted: row.accepted,
      duplicates: row.duplicates,
      rejected: row.rejected,
      receivedAt: row.received_at.toISOString(),
      processedAt: row.processed_at?.toISOString() ?? null,
    };
  }
}
