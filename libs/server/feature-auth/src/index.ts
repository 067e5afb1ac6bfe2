export { AuthModule } from './auth.module';
export type { LoginResponse } from './auth.controller';
export { FAILURES_PER_ACCOUNT, FAILURES_PER_ADDRESS } from './login-throttle';
