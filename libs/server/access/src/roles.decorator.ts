import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from '@ws/server-database';
import { AuthenticatedUser, UserRequest } from './authenticated-user';

export const ROLES_KEY = 'roles';
export const PUBLIC_KEY = 'public';

/** Only these roles may call the route (checked on the server by UserAuthGuard). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** The route needs no sign-in (health, login, open data). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

export const CurrentUser = createParamDecorator((_: unknown, context: ExecutionContext): AuthenticatedUser => {
  const user = context.switchToHttp().getRequest<UserRequest>().user;
  if (!user) throw new Error('CurrentUser used on a route without UserAuthGuard');
  return user;
});
