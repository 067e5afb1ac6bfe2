import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import IORedis from 'ioredis';
import { QUEUE_OPTIONS, QueueOptions } from './jobs';

export interface WindowCount {
  count: number;
  /** Seconds until the window that the first count opened ends. */
  retryAfterSeconds: number;
}

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
      await this.connected();
      const [[, used]] = (await this.redis.multi().incrby(redisKey, cost).expire(redisKey, windowSeconds + 1).exec()) as [
        [Error | null, number],
      ];
      return { allowed: used <= limit, retryAfterSeconds, remaining: Math.max(0, limit - used) };
    } catch {
      return { allowed: true, retryAfterSeconds: 0, remaining: limit };
    }
  }

  /**
   * Counts one more of `key` (a failed sign-in) in a window that starts at its first one and
   * lasts `windowSeconds`, so a lockout never ends early at a clock boundary.
   */
  async bump(key: string, windowSeconds: number): Promise<WindowCount> {
    const redisKey = `${this.options.prefix}:count:${key}`;
    try {
      await this.connected();
      const [[, count], , [, ttl]] = (await this.redis
        .multi()
        .incr(redisKey)
        .expire(redisKey, windowSeconds, 'NX')
        .ttl(redisKey)
        .exec()) as [[Error | null, number], [Error | null, number], [Error | null, number]];
      return { count, retryAfterSeconds: Math.max(1, ttl) };
    } catch {
      return { count: 0, retryAfterSeconds: 0 };
    }
  }

  /** What `bump` counted for `key` in its current window (0 when none, or when Redis cannot answer). */
  async counted(key: string): Promise<WindowCount> {
    const redisKey = `${this.options.prefix}:count:${key}`;
    try {
      await this.connected();
      const [[, count], [, ttl]] = (await this.redis
        .multi()
        .get(redisKey)
        .ttl(redisKey)
        .exec()) as [[Error | null, string | null], [Error | null, number]];
      return { count: Number(count ?? 0), retryAfterSeconds: Math.max(1, ttl) };
    } catch {
      return { count: 0, retryAfterSeconds: 0 };
    }
  }

  /** Forgets what `bump` counted for `key` (a successful sign-in clears its account's failures). */
  async forget(key: string): Promise<void> {
    try {
      await this.connected();
      await this.redis.del(`${this.options.prefix}:count:${key}`);
    } catch {
      // Nothing to forget when Redis cannot answer.
    }
  }

  private async connected(): Promise<void> {
    if (this.redis.status === 'wait' || this.redis.status === 'end') await this.redis.connect();
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}
