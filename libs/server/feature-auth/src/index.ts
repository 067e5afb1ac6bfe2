export { AuthModule } from './auth.module';
export type { LoginResponse } from './auth.controller';
