import { HttpException, HttpStatus, Inject, Injectable } from '@nestjs/common';
import { RateLimiter } from '@ws/server-queue';
import type { Response } from 'express';
import { FEED_LIMITS, FeedLimits } from './feed-limits';

const WINDOW_SECONDS = 60;

/** Per-agency request rate of the feed, shared by every API process through Redis. */
@Injectable()
export class FeedRateGate {
  constructor(
    private readonly limiter: RateLimiter,
    @Inject(FEED_LIMITS) private readonly limits: FeedLimits,
  ) {}

  /** Throws a 429 with `Retry-After` (seconds) when the agency is over its rate this minute. */
  async pass(agencyId: number, response: Response): Promise<void> {
    const limit = this.limits.requestsPerMinute;
    const decision = await this.limiter.consume(`feed:${agencyId}`, limit, WINDOW_SECONDS);
    if (decision.allowed) return;
    response.setHeader('Retry-After', String(decision.retryAfterSeconds));
    throw new HttpException(
      `Your agency may send ${limit} requests a minute to POST /events; nothing of this one was kept. Retry after ${decision.retryAfterSeconds} s (Retry-After), or send fewer, larger batches.`,
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}
