import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { findFeedKeyOwner, FeedKeyOwner } from '@ws/server-database';
import type { Request } from 'express';
import { DataSource } from 'typeorm';

export type FeedRequest = Request & { feedKeyOwner?: FeedKeyOwner };

function unauthorized(rule: string, message: string): UnauthorizedException {
  return new UnauthorizedException({ message, errors: [{ field: 'Authorization', rule, message }] });
}

/** Authenticates an agency's system by its feed key (`Authorization: Bearer <key>`). */
@Injectable()
export class FeedKeyGuard implements CanActivate {
  constructor(private readonly dataSource: DataSource) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FeedRequest>();
    const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
    if (!match?.[1]) {
      throw unauthorized('bearer', 'Send your feed key as "Authorization: Bearer <key>".');
    }
    const owner = await findFeedKeyOwner(this.dataSource, match[1]);
    if (!owner) throw unauthorized('feed-key', 'The feed key is unknown or revoked.');
    request.feedKeyOwner = owner;
    return true;
  }
}
