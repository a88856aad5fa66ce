/** One jest run for unit (`*.spec.ts`), integration (`*.int-spec.ts`) and end-to-end (`*.e2e-spec.ts`) tests. */
module.exports = {
  rootDir: '.',
  testEnvironment: 'node',
  testRegex: '.*\\.(spec|int-spec|e2e-spec)\\.ts$',
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
  },
  moduleNameMapper: {
    '^@motcua/([a-z-]+)/test$': '<rootDir>/libs/$1/test',
    '^@motcua/([a-z-]+)$': '<rootDir>/libs/$1/src',
  },
  testTimeout: 60_000,
  // Names the run's seeded template database, which end-to-end suites copy instead of migrating and seeding.
  globalSetup: '<rootDir>/libs/testing/src/jest-global-setup.ts',
  globalTeardown: '<rootDir>/libs/testing/src/jest-global-teardown.ts',
};
