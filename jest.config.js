/**
 * Unit tests (pure logic), integration/e2e tests (real PostgreSQL) and, where Debian's Chromium is
 * installed, browser tests of the web app (test/browser), as jest projects.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- jest reads this file as CommonJS
const { existsSync } = require('node:fs');
const transform = { '^.+\\.(t|j|mj|cj)s$': '<rootDir>/test/setup/swc-transform.cjs' };
const moduleNameMapper = {
  '^@app/(core|auth|audit|org|roster|attendance|notify|booking|worklog|legal-aid|stats|demo|testing|imports|requests)$':
    '<rootDir>/libs/$1/src',
  '^@app/(core|auth|audit|org|roster|attendance|notify|booking|worklog|legal-aid|stats|demo|testing|imports|requests)/(.*)$':
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

// The browser suite needs Debian's Chromium (apt-get install chromium fonts-noto-cjk); without it
// the suite is left out, and said so plainly rather than passing silently.
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const hasChromium = existsSync(chromiumPath);
if (!hasChromium)
  process.stderr.write(
    `browser tests SKIPPED: no Chromium at ${chromiumPath} (apt-get install -y chromium fonts-noto-cjk)\n`,
  );

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
    ...(hasChromium
      ? [
          {
            ...common,
            displayName: 'browser',
            testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
            globalSetup: '<rootDir>/test/browser/helpers/global-setup.ts',
            globalTeardown: '<rootDir>/test/browser/helpers/global-teardown.ts',
            setupFiles: ['reflect-metadata'],
            setupFilesAfterEnv: ['<rootDir>/test/browser/helpers/setup-timeout.ts'],
          },
        ]
      : []),
  ],
};
