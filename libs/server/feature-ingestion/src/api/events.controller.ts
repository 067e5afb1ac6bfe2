import {
  BadRequestException,
  Body,
  Controller,
  Get,
  HttpCode,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  PayloadTooLargeException,
  Post,
  Req,
  UnsupportedMediaTypeException,
  UseGuards,
} from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { BatchAcceptedResponse, BatchStatusResponse } from '@ws/contracts';
import { Public } from '@ws/server-access';
import { FeedKeyOwner } from '@ws/server-database';
import { DataSource } from 'typeorm';
import { BatchWriter } from './batch-writer.service';
import { FeedKeyGuard, FeedRequest } from './feed-key.guard';

export const MAX_EVENTS_PER_REQUEST = 10_000;

function ownerOf(request: FeedRequest): FeedKeyOwner {
  if (!request.feedKeyOwner) throw new Error('FeedKeyGuard did not run');
  return request.feedKeyOwner;
}

@ApiTags('feed')
@ApiBearerAuth()
@Public()
@UseGuards(FeedKeyGuard)
@Controller()
export class EventsController {
  constructor(
    private readonly writer: BatchWriter,
    private readonly dataSource: DataSource,
  ) {}

  @Post('events')
  @HttpCode(202)
  @ApiOperation({ summary: 'Send a batch of case and survey events (JSON array, at most 10,000 events and 10 MB).' })
  @ApiBody({ schema: { type: 'array', items: { type: 'object' } } })
  @ApiResponse({ status: 202, description: 'The valid events are committed; rejected ones are listed with their errors.' })
  async receive(@Req() request: FeedRequest, @Body() body: unknown): Promise<BatchAcceptedResponse> {
    if (!request.is('application/json')) {
      throw new UnsupportedMediaTypeException('Send events as application/json (a JSON array).');
    }
    if (!Array.isArray(body)) throw new BadRequestException('The body must be a JSON array of events.');
    if (body.length > MAX_EVENTS_PER_REQUEST) {
      throw new PayloadTooLargeException(`At most ${MAX_EVENTS_PER_REQUEST} events per request; split the batch.`);
    }
    return this.writer.accept(ownerOf(request), body, Date.now());
  }

  @Get('batches/:batchId')
  @ApiOperation({ summary: 'The processing state of a batch this agency sent.' })
  async status(
    @Req() request: FeedRequest,
    @Param('batchId', new ParseUUIDPipe()) batchId: string,
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
