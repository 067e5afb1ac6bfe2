/**
 * Browser tests of the dashboard against the real, built API and worker on a fresh database.
 * Run after `nx run-many -t build -p api worker dashboard`, with DATABASE_URL (server admin URL
 * ending in /postgres) and REDIS_URL set: `npx jest -c apps/dashboard-e2e/jest.config.ts --runInBand`.
 */
export default {
  displayName: 'dashboard-e2e',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.e2e.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js'],
  globalSetup: '<rootDir>/src/support/global-setup.ts',
  globalTeardown: '<rootDir>/src/support/global-teardown.ts',
  testTimeout: 120000,
  maxWorkers: 1,
};
