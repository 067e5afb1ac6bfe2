import { getJestProjectsAsync } from '@nx/jest';

/** Every Jest project but the browser tests (they run after the build, see tools/dev/test.mjs). */
export default async () => ({
  // A global option: per-project values are ignored when the projects run together.
  testTimeout: 90_000,
  projects: (await getJestProjectsAsync()).filter((project) => !String(project).includes('dashboard-e2e')),
});
