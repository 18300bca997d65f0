// The end-to-end lane (`npm run test:e2e`): the test files under
// __tests__/e2e/, each a whole `pprof-gate run` or more with default
// settings. Everything else is as in jest.config.js.
import base from './jest.config.js'

export default {
  ...base,
  testMatch: ['<rootDir>/__tests__/e2e/**/*.test.ts'],
  testPathIgnorePatterns: ['/dist/', '/node_modules/'],
  // One test file at a time: these runs measure real services with the
  // gate's default statistics, and a second file loading the 2 cores would
  // be noise in their measurements.
  maxWorkers: 1
}
