import { GUARDS_METADATA } from '@nestjs/common/constants';
import { ROLES, Role } from '@ws/server-database';
import { AGENCY_SCOPED_KEY, PUBLIC_KEY, ROLES_KEY } from './roles.decorator';

/**
 * Who may call a route, as UserAuthGuard decides it: no sign-in (`public`), a credential of the
 * route's own guard (`guarded`: the feed key), or a session of one of `roles`. `agencyScoped`
 * routes answer that status (404, or 403) to an agency manager for another agency's resources.
 */
export type RouteAccess =
  | { kind: 'public' }
  | { kind: 'guarded'; guards: string[] }
  | { kind: 'session'; roles: Role[]; agencyScoped: 403 | 404 | null };

function metadata<T>(key: string, handler: object, controller: object): T | undefined {
  return (
    (Reflect.getMetadata(key, handler) as T | undefined) ??
    (Reflect.getMetadata(key, controller) as T | undefined)
  );
}

/** The access rule of `handler` on `controller` for HTTP `method` (the guard's own logic, read from the same metadata). */
export function routeAccess(controller: object, handler: object, method: string): RouteAccess {
  if (metadata<boolean>(PUBLIC_KEY, handler, controller)) {
    const guards = [
      ...((Reflect.getMetadata(GUARDS_METADATA, controller) as { name: string }[] | undefined) ??
        []),
      ...((Reflect.getMetadata(GUARDS_METADATA, handler) as { name: string }[] | undefined) ?? []),
    ];
    return guards.length > 0
      ? { kind: 'guarded', guards: guards.map((guard) => guard.name) }
      : { kind: 'public' };
  }
  const declared = metadata<Role[]>(ROLES_KEY, handler, controller);
  const roles =
    declared ??
    (method.toUpperCase() === 'GET' ? [...ROLES] : ROLES.filter((role) => role !== 'leadership'));
  return {
    kind: 'session',
    roles,
    agencyScoped: metadata<403 | 404>(AGENCY_SCOPED_KEY, handler, controller) ?? null,
  };
}
