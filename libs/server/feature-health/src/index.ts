export { HealthModule } from './health.module';
export type { HealthResponse } from './health.controller';
