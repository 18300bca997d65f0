// Two lanes. `npm test` runs this config: every test file under __tests__
// except __tests__/e2e/ (unit and property tests, the reference tests
// against go tool pprof, bad inputs, one small real run). `npm run test:e2e`
// runs jest.e2e.config.js: the files under __tests__/e2e/, whole runs with
// default settings (the example cases, the framework corpus, the action).
// Jest runs the TypeScript sources as ES modules through ts-jest (see the
// test scripts: NODE_OPTIONS=--experimental-vm-modules).
export default {
  clearMocks: true,
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js'],
  preset: 'ts-jest',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  testPathIgnorePatterns: ['/dist/', '/node_modules/', '<rootDir>/__tests__/e2e/'],
  // Real Go builds and real profiling runs take tens of seconds each.
  testTimeout: 300000,
  // Two files at a time: nothing in this lane is a measurement that load
  // could tip (the smoke run's two trials are too few for the CPU check to
  // fail). The end-to-end lane runs one file at a time.
  maxWorkers: 2,
  reporters: ['default', '<rootDir>/scripts/jest-summary.js'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', useESM: true, diagnostics: false }]
  },
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1'
  }
}
