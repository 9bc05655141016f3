/**
 * The import rules between the libraries (`npm run depcruise`, in CI after lint). Type-only imports
 * count (tsPreCompilationDeps), and `@app/<lib>` is resolved through tsconfig.json's paths, so a rule
 * sees the file an import lands on: `libs/<lib>/src/index.ts` for `@app/<lib>`, the file itself for
 * a deep `@app/<lib>/…` or a relative path. apps/* may import anything; only cycles are checked there.
 * `npm run depcruise:graph` prints the library-level edges of the production code.
 */

/** Test code: specs beside the code, test/ and the test toolkit (libs/testing). */
const TEST_CODE = ['\\.(?:int-|e2e-|browser-)?spec\\.ts$', '^test/', '^libs/testing/'];
/** The benchmarks, which may import the SMS provider fakes of the toolkit (see bench-only-sms-fakes-of-testing). */
const BENCH = '^bench/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycles, type-only imports included.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-imports-no-lib',
      severity: 'error',
      comment:
        'libs/core is the bottom layer and imports no other library (its tests may use the test toolkit).',
      from: { path: '^libs/core/' },
      to: { path: '^libs/(?!core/|testing/)[^/]+/' },
    },
    {
      name: 'lib-through-index',
      severity: 'error',
      comment:
        'A library reaches another library only through its @app/<lib> index (libs/<lib>/src/index.ts), ' +
        'never into its files.',
      from: { path: '^libs/([^/]+)/', pathNot: ['^libs/testing/', '\\.int-spec\\.ts$'] },
      to: { path: '^libs/[^/]+/', pathNot: ['^libs/$1/', '^libs/[^/]+/src/index\\.ts$'] },
    },
    {
      name: 'lib-through-index-schema-tests',
      severity: 'error',
      comment: "As lib-through-index; a schema test (*.int-spec.ts) may also run core's migrations.",
      from: { path: '^libs/([^/]+)/.+\\.int-spec\\.ts$' },
      to: {
        path: '^libs/[^/]+/',
        pathNot: ['^libs/$1/', '^libs/[^/]+/src/index\\.ts$', '^libs/core/src/database/migrations/'],
      },
    },
    {
      name: 'lib-through-index-testing',
      severity: 'error',
      comment:
        'As lib-through-index; the test toolkit (libs/testing), test code like test/, may also import ' +
        "types from other libraries' files (DTOs: `import type`, gone at run time).",
      from: { path: '^libs/testing/' },
      to: {
        path: '^libs/(?!testing/)[^/]+/',
        pathNot: '^libs/[^/]+/src/index\\.ts$',
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'lib-not-other-entity',
      severity: 'error',
      comment: "A library never imports another library's *.entity.ts file directly.",
      from: { path: '^libs/([^/]+)/' },
      to: { path: '^libs/[^/]+/.+\\.entity\\.ts$', pathNot: '^libs/$1/' },
    },
    {
      name: 'only-tests-import-testing',
      severity: 'error',
      comment: 'The test toolkit (libs/testing, @app/testing) and test/ are for test code only.',
      from: { pathNot: [...TEST_CODE, BENCH] },
      to: { path: ['^libs/testing/', '^test/'] },
    },
    {
      name: 'bench-only-sms-fakes-of-testing',
      severity: 'error',
      comment: 'Benchmarks may use the SMS provider fakes (a standalone file), nothing else of the toolkit.',
      from: { path: '^bench/' },
      to: { path: ['^libs/testing/', '^test/'], pathNot: '^libs/testing/src/sms-fakes\\.ts$' },
    },
    {
      name: 'only-stats-imports-stats',
      // Statistics are the read model on top: writers record their changes in the change ledger and
      // the stats sources subscribe, so no writer (nor any other library) imports stats.
      severity: 'error',
      comment: 'No library but stats imports @app/stats; only apps/* and tests do.',
      from: { path: '^libs/', pathNot: ['^libs/stats/', ...TEST_CODE] },
      to: { path: '^libs/stats/' },
    },
    {
      name: 'only-apps-import-supervision',
      // Supervision is a read model over attendance, the roster and the work log, like the statistics.
      severity: 'error',
      comment: 'No library but supervision imports @app/supervision; only apps/* and tests do.',
      from: { path: '^libs/', pathNot: ['^libs/supervision/', ...TEST_CODE] },
      to: { path: '^libs/supervision/' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'Every import resolves (else the rules above would not see where it lands).',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(?:dist|data|coverage)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
