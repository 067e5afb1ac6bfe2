export { createTestDatabase, eventually, testRedisUrl, uniquePrefix } from './test-database';
export type { TestDatabase } from './test-database';
