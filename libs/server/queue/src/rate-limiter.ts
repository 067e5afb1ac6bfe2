import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import IORedis from 'ioredis';
import { QUEUE_OPTIONS, QueueOptions } from './jobs';

export interface RateDecision {
  allowed: boolean;
  /** Seconds until the current window ends (for `Retry-After`). */
  retryAfterSeconds: number;
  remaining: number;
}

/**
 * Fixed-window limits kept in Redis, so every API process shares them. When Redis cannot
 * answer, requests are allowed: a limit must never turn a Redis outage into lost events.
 */
@Injectable()
export class RateLimiter implements OnApplicationShutdown {
  private readonly redis: IORedis;

  constructor(@Inject(QUEUE_OPTIONS) private readonly options: QueueOptions) {
    this.redis = new IORedis(options.redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: true });
    this.redis.on('error', () => undefined);
  }

  async consume(key: string, limit: number, windowSeconds: number, cost = 1): Promise<RateDecision> {
    const windowIndex = Math.floor(Date.now() / 1000 / windowSeconds);
    const redisKey = `${this.options.prefix}:rate:${key}:${windowIndex}`;
    const retryAfterSeconds = windowSeconds - (Math.floor(Date.now() / 1000) % windowSeconds);
    try {
      if (this.redis.status === 'wait' || this.redis.status === 'end') await this.redis.connect();
      const [[, used]] = (await this.redis.multi().incrby(redisKey, cost).expire(redisKey, windowSeconds + 1).exec()) as [
        [Error | null, number],
      ];
      return { allowed: used <= limit, retryAfterSeconds, remaining: Math.max(0, limit - used) };
    } catch {
      return { allowed: true, retryAfterSeconds: 0, remaining: limit };
    }
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}
