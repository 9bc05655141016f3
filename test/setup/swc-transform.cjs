// Compiles our TypeScript with SWC, and the ES-module files of dependencies to CommonJS. Plain
// CommonJS files in node_modules are passed through untouched (fast, and never mangled).
const { resolve } = require('node:path');
const { createTransformer } = require('@swc/jest');

const libs = [
  'core',
  'auth',
  'audit',
  'org',
  'roster',
  'attendance',
  'notify',
  'booking',
  'worklog',
  'legal-aid',
  'stats',
  'demo',
  'testing',
];
const paths = Object.fromEntries(
  libs.flatMap((l) => [
    [`@app/${l}`, [`libs/${l}/src`]],
    [`@app/${l}/*`, [`libs/${l}/src/*`]],
  ]),
);

const swc = createTransformer({
  swcrc: false,
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
    keepClassNames: true,
    // Rewrites @app/* imports, also in files jest's module mapper never sees (the global setup).
    baseUrl: resolve(__dirname, '../..'),
    paths,
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
});

const ESM_SYNTAX = /^\s*(import\s|import\{|export\s|export\{|export\*)/m;

module.exports = {
  canInstrument: false,
  getCacheKey(src, filename, options) {
    return `${swc.getCacheKey(src, filename, options)}:v2`;
  },
  process(src, filename, options) {
    if (filename.includes('/node_modules/') && !ESM_SYNTAX.test(src)) return { code: src };
    return swc.process(src, filename, options);
  },
};
