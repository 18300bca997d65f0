// Jest runs the TypeScript sources as ES modules through ts-jest (see the
// test script: NODE_OPTIONS=--experimental-vm-modules).
export default {
  clearMocks: true,
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js'],
  preset: 'ts-jest',
  testEnvironment: 'node',
  testMatch: ['**/__tests__/**/*.test.ts'],
  testPathIgnorePatterns: ['/dist/', '/node_modules/'],
  // Real Go builds and real profiling runs take tens of seconds each.
  testTimeout: 300000,
  // One test file at a time: several files measure real services, and a
  // second file loading the 2 cores would be noise in their measurements.
  maxWorkers: 1,
  reporters: ['default', '<rootDir>/scripts/jest-summary.js'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', useESM: true, diagnostics: false }]
  },
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1'
  }
}
