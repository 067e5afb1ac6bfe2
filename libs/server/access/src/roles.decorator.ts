import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from '@ws/server-database';
import { AuthenticatedUser, UserRequest } from './authenticated-user';

export const ROLES_KEY = 'roles';
export const PUBLIC_KEY = 'public';
export const AGENCY_SCOPED_KEY = 'agency-scoped';

/** Only these roles may call the route (checked on the server by UserAuthGuard). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** The route needs no sign-in (health, login, open data). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/**
 * The route answers an agency manager `status` for another agency's resources (path or filter):
 * 404, the same as for a resource that does not exist, or 403 where the route says so outright.
 * Documented in OpenAPI (`x-access`) and walked by the access matrix.
 */
export const AgencyScoped = (status: 403 | 404 = 404) => SetMetadata(AGENCY_SCOPED_KEY, status);

export const CurrentUser = createParamDecorator((_: unknown, context: ExecutionContext): AuthenticatedUser => {
  const user = context.switchToHttp().getRequest<UserRequest>().user;
  if (!user) throw new Error('CurrentUser used on a route without UserAuthGuard');
  return user;
});
