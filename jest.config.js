/** Unit tests (pure logic) and integration/e2e tests (real PostgreSQL), as two jest projects. */
const transform = { '^.+\\.(t|j|mj|cj)s$': '<rootDir>/test/setup/swc-transform.cjs' };
const moduleNameMapper = {
  '^@app/(core|auth|audit|org|roster|attendance|notify|booking|demo|testing)$': '<rootDir>/libs/$1/src',
  '^@app/(core|auth|audit|org|roster|attendance|notify|booking|demo|testing)/(.*)$':
    '<rootDir>/libs/$1/src/$2',
};
const common = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform,
  // Nest 12 and some of its dependencies ship only ES modules; the transform turns them into CommonJS.
  transformIgnorePatterns: [],
  moduleNameMapper,
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/data/'],
};

module.exports = {
  // Integration tests start an app per file and import division data; unit tests finish far sooner.
  testTimeout: 30000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs}/**/*.int-spec.ts', '<rootDir>/test/e2e/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/setup/global-setup.ts',
      globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
      setupFiles: ['reflect-metadata'],
    },
  ],
};
