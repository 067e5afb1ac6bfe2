import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@ws/server-database';
import { UserRequest } from './authenticated-user';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator';
import { SessionStore } from './session-store';

/** Signed-in users only; `@Roles` narrows a route; leadership never writes. */
/** Methods that only read: leadership may use them (HEAD answers a GET's headers, e.g. a CSV export's row count). */
const READ_METHODS = new Set(['GET', 'HEAD']);

@Injectable()
export class UserAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionStore,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = context.switchToHttp().getRequest<UserRequest>();
    const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
    if (!match?.[1]) throw new UnauthorizedException('Sign in: send "Authorization: Bearer <token>" from POST /api/v1/auth/login.');
    const user = await this.sessions.resolve(match[1], Date.now());
    if (!user) throw new UnauthorizedException('The session is unknown or expired; sign in again.');
    request.user = user;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(user.role)) {
      throw new ForbiddenException(`This needs one of the roles: ${roles.join(', ')}.`);
    }
    if (!roles && !READ_METHODS.has(request.method) && user.role === 'leadership') {
      throw new ForbiddenException('Leadership access is read-only.');
    }
    return true;
  }
}
