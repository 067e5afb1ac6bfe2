import { join } from 'node:path';

/** The Jest settings every Angular project of the dashboard shares (jest-preset-angular, zoneless). */
export function angularJestConfig(displayName: string, depth: number) {
  return {
    displayName,
    preset: `${'../'.repeat(depth)}jest.preset.js`,
    setupFilesAfterEnv: [join(__dirname, 'angular-test-setup.ts')],
    testEnvironment: 'jsdom',
    transform: {
      '^.+\\.(ts|mjs|js|html)$': [
        'jest-preset-angular',
        { tsconfig: '<rootDir>/tsconfig.spec.json', stringifyContentPathRegex: '\\.(html|svg)$' },
      ],
    },
    transformIgnorePatterns: ['node_modules/(?!(.*\\.mjs$|echarts/|zrender/|ngx-echarts/|tslib/))'],
    moduleFileExtensions: ['ts', 'mjs', 'js', 'html'],
    snapshotSerializers: [
      'jest-preset-angular/build/serializers/no-ng-attributes',
      'jest-preset-angular/build/serializers/ng-snapshot',
      'jest-preset-angular/build/serializers/html-comment',
    ],
  };
}
