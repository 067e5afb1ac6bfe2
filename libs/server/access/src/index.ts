export { AccessModule } from './access.module';
export { actorOf } from './authenticated-user';
export type { AuthenticatedUser, UserRequest } from './authenticated-user';
export { CurrentUser, Public, Roles } from './roles.decorator';
export { SessionStore, SESSION_HOURS } from './session-store';
