export { AccessModule } from './access.module';
export { actorOf } from './authenticated-user';
export type { AuthenticatedUser, UserRequest } from './authenticated-user';
export { DENIAL_ROWS_PER_MINUTE, DenialAudit, isAuditedDenial } from './denial-audit';
export { AgencyScoped, CurrentUser, Public, Roles } from './roles.decorator';
export { routeAccess } from './route-access';
export type { RouteAccess } from './route-access';
export { SessionStore } from './session-store';
export type { SessionPolicy } from './session-store';
