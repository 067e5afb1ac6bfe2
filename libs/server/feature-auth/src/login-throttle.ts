import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { RateLimiter } from '@ws/server-queue';
import type { Response } from 'express';

/** The lockout window: failures count for 15 minutes from the first one (in Redis, shared by every API process). */
export const LOGIN_WINDOW_SECONDS = 15 * 60;
/** Failed sign-ins of one account (known or not: the same for both, so nothing is enumerable). */
export const FAILURES_PER_ACCOUNT = 5;
/** Failed sign-ins from one client address, whatever the accounts. */
export const FAILURES_PER_ADDRESS = 20;
/** Every sign-in attempt from one address (each costs a scrypt hash: a ceiling against exhausting the CPU). */
export const ATTEMPTS_PER_ADDRESS = 50;

/**
 * Lockout after repeated failed sign-ins, per account and per client address. A locked caller
 * gets 429 with `Retry-After` (the seconds left in the window), before its password is checked.
 * When Redis cannot answer, sign-in goes on without these limits (as every rate limit here).
 */
@Injectable()
export class LoginThrottle {
  constructor(private readonly limiter: RateLimiter) {}

  async admit(email: string, address: string, response: Response): Promise<void> {
    const attempts = await this.limiter.consume(
      addressKey('attempts', address),
      ATTEMPTS_PER_ADDRESS,
      LOGIN_WINDOW_SECONDS,
    );
    const account = await this.limiter.counted(accountKey(email));
    const origin = await this.limiter.counted(addressKey('failures', address));
    const refused = [
      ...(attempts.allowed ? [] : [attempts.retryAfterSeconds]),
      ...(account.count >= FAILURES_PER_ACCOUNT ? [account.retryAfterSeconds] : []),
      ...(origin.count >= FAILURES_PER_ADDRESS ? [origin.retryAfterSeconds] : []),
    ];
    if (refused.length === 0) return;
    const retryAfter = Math.max(...refused);
    response.setHeader('Retry-After', String(retryAfter));
    throw new HttpException(
      `Too many failed sign-ins; wait ${retryAfter} s (Retry-After) before trying again.`,
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }

  async failed(email: string, address: string): Promise<void> {
    await this.limiter.bump(accountKey(email), LOGIN_WINDOW_SECONDS);
    await this.limiter.bump(addressKey('failures', address), LOGIN_WINDOW_SECONDS);
  }

  /** A successful sign-in forgets the account's failures (not the address's). */
  async succeeded(email: string): Promise<void> {
    await this.limiter.forget(accountKey(email));
  }
}

function accountKey(email: string): string {
  return `login:failures:account:${email}`;
}

function addressKey(kind: 'attempts' | 'failures', address: string): string {
  return `login:${kind}:address:${address}`;
}
